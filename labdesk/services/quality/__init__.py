"""Quality system (issue 16): one module per use-case family.

- ``equipment``: register, confirmation records, status, usage log, reminders;
- ``authorisations``: 上岗授权 per person and item, 授权签字领域 per product;
- ``materials``: reference materials (CRMs and in-house controls);
- ``runs``: runs (工作单) with control positions, control results, the quality manager's decision;
- ``charts``: Levey–Jennings charts with Westgard rules;
- ``nonconformities``: 不符合工作;
- ``hooks``: the small checks that result entry, instrument import, submission and signing call.
"""
