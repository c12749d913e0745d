<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminUsers</name>
    <message>
        <location filename="../../ui/admin_users.ui" line="15"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="20"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="22"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="24"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="25"/>
        <source>新用户或重置时填写</source>
        <translation>Fill in for a new user or a password reset</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="30"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="36"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="37"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="38"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="39"/>
        <source>停用/启用</source>
        <translation>Deactivate/Activate</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="41"/>
        <source>更正报告 %1</source>
        <translation>Amend report %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="43"/>
        <source>只修改有误的内容；更正报告将列出每一处更正，经审核后重新签发，原报告作废但保留在登记册中。</source>
        <translation>Change only what is wrong; the amended report lists every correction and is re-issued after review. The original report is withdrawn but kept in the register.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="45"/>
        <source>样品信息</source>
        <translation>Sample information</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="53"/>
        <source>检验结果（重新测定：平行测定值以逗号分隔）</source>
        <translation>Test results (re-measurement: parallel values separated by commas)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="56"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="56"/>
        <source>测定值</source>
        <translation>Measured values</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="65"/>
        <source>重新测定的原因（更正结果时必填）</source>
        <translation>Reason for re-measurement (required when correcting a result)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="72"/>
        <source>更正原因（必填），例如：经核对抽样单原件，登记时批号誊写有误</source>
        <translation>Reason for the amendment (required), e.g. the batch number was mis-copied at registration, checked against the original sampling form</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="75"/>
        <source>结论文字</source>
        <translation>Conclusion text</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="76"/>
        <source>更正原因</source>
        <translation>Reason for amendment</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="148"/>
        <source>批准并重新判定(&amp;O)</source>
        <translation>Appr&amp;ove and re-judge</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="149"/>
        <source>不批准(&amp;X)…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="177"/>
        <source>没有待批准的更正申请。</source>
        <translation>No corrections awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="186"/>
        <source>不批准更正</source>
        <translation>Reject correction</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="186"/>
        <source>不批准的理由：</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="192"/>
        <source>已批准并重新判定</source>
        <translation>Approved and re-judged</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="192"/>
        <source>已不批准</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="316"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="316"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="316"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="316"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="317"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="317"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="317"/>
        <source>理由 / 详情</source>
        <translation>Reason / details</translation>
    </message>
</context>
<context>
    <name>AuthorisationTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="136"/>
        <source>长期</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="137"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="138"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="138"/>
        <source>不在有效期</source>
        <translation>Outside validity period</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="142"/>
        <source>项目代码，用空格或顿号分隔，如 Aad Vad St,ad</source>
        <translation>Item codes separated by spaces or commas, e.g. Aad Vad St,ad</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="143"/>
        <source>产品代码或类别：%1；* 表示全部</source>
        <translation>Product code or category: %1; * means all</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="144"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="145"/>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="146"/>
        <source>授权范围</source>
        <translation>Scope of authorisation</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="146"/>
        <source>检验方法/标准</source>
        <translation>Test method/standard</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="147"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="147"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="148"/>
        <source>授权依据（考核记录/授权书编号）</source>
        <translation>Basis of authorisation (assessment record/letter of authorisation no.)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="161"/>
        <source>请先选择授权记录。</source>
        <translation>Please select an authorisation record first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="163"/>
        <source>撤销授权</source>
        <translation>Revoke authorisation</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="163"/>
        <source>撤销理由</source>
        <translation>Reason for revocation</translation>
    </message>
</context>
<context>
    <name>BackgroundChecks</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="132"/>
        <source>审计记录的最新部分与哈希链不一致，数据库可能被直接修改：
%1

请在「系统管理 → 数据完整性」中做完整核对。</source>
        <translation>The latest part of the audit log does not match the hash chain; the database may have been modified directly:
%1

Please run a full check in &quot;System administration → Data integrity&quot;.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="134"/>
        <source>数据完整性警告</source>
        <translation>Data integrity warning</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="139"/>
        <source>警告：审计记录与哈希链不一致</source>
        <translation>Warning: the audit log does not match the hash chain</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="158"/>
        <source>已自动备份到 %1</source>
        <translation>Automatically backed up to %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="162"/>
        <source>自动备份失败：%1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="222"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="230"/>
        <source>年份(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="237"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="237"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="237"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="251"/>
        <source>如：国庆节、国庆调休</source>
        <translation>e.g. National Day, National Day make-up workday</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="252"/>
        <source>添加/修改(&amp;A)</source>
        <translation>&amp;Add/Modify</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="253"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="269"/>
        <source>chinesecalendar 已包含该年安排；本表的记录优先。</source>
        <translation>chinesecalendar already covers this year; entries in this table take precedence.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="270"/>
        <source>chinesecalendar 未包含该年：请按国务院通知补录，否则按周一至周五计算。</source>
        <translation>chinesecalendar does not cover this year: please enter it from the State Council notice, otherwise Monday to Friday are counted as working days.</translation>
    </message>
</context>
<context>
    <name>CameraTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="43"/>
        <source>查找摄像头(&amp;F)</source>
        <translation>&amp;Find cameras</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="47"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="50"/>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="54"/>
        <source>视频文件 / 图片文件夹</source>
        <translation>Video file / image folder</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="58"/>
        <source>分辨率</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="65"/>
        <source>预览(&amp;P)</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="66"/>
        <source>保存摄像头设置(&amp;S)</source>
        <translation>&amp;Save camera settings</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="76"/>
        <source>预览中：%1</source>
        <translation>Previewing: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="91"/>
        <source>摄像头 %1（%2×%3）</source>
        <translation>Camera %1 (%2×%3)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="97"/>
        <source>摄像头 %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="98"/>
        <source>视频文件…</source>
        <translation>Video file…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="99"/>
        <source>图片文件夹…</source>
        <translation>Image folder…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="109"/>
        <source>正在查找摄像头…</source>
        <translation>Looking for cameras…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="115"/>
        <source>找到 %1 个摄像头。</source>
        <translation>Found %1 cameras.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="116"/>
        <source>未找到摄像头：请检查连接，或选择视频文件 / 图片文件夹。</source>
        <translation>No camera found: check the connection, or choose a video file / image folder.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="131"/>
        <source>选择图片文件夹</source>
        <translation>Choose image folder</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="133"/>
        <source>选择视频文件</source>
        <translation>Choose video file</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="134"/>
        <source>视频 (*.avi *.mp4 *.mkv *.mov)</source>
        <translation>Videos (*.avi *.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/camera_settings.py" line="173"/>
        <source>已保存：样品接收的摄像头将使用此来源。</source>
        <translation>Saved: sample receipt will use this camera source.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../labdesk/gui/camera_view.py" line="94"/>
        <source>摄像头未开启</source>
        <translation>Camera is off</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/camera_view.py" line="130"/>
        <source>正在打开摄像头…</source>
        <translation>Opening the camera…</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="155"/>
        <source>控制限取自证书</source>
        <translation>Control limits from the certificate</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="156"/>
        <source>控制限取自历史数据</source>
        <translation>Control limits from historical data</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="178"/>
        <source>没有质控数据。</source>
        <translation>No quality-control data.</translation>
    </message>
</context>
<context>
    <name>CloseObjectionDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="113"/>
        <source>办结异议 — 样品 %1</source>
        <translation>Close objection — sample %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="119"/>
        <source>例如：备用样品已退还受检单位，无封存完好的备用样品，不予复检</source>
        <translation>e.g. the reserve sample has been returned to the sampled party; no intact sealed reserve sample, no re-test</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="121"/>
        <source>办结结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="122"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="123"/>
        <source>办结日期</source>
        <translation>Closing date</translation>
    </message>
</context>
<context>
    <name>ContextFields</name>
    <message>
        <location filename="../../labdesk/gui/widgets/context_fields.py" line="54"/>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/context_fields.py" line="65"/>
        <source>老年用品（计划重点：老年人使用的纺织品）</source>
        <translation>Products for the elderly (plan focus: textiles used by elderly people)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="50"/>
        <source>更正登记信息 %1</source>
        <translation>Correct registration details %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="53"/>
        <source>修改需要更正的项目并写明理由。</source>
        <translation>Change the fields that need correcting and state the reason.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="54"/>
        <source>样品尚未开始检验，保存后立即生效。</source>
        <translation>Testing of the sample has not started; the change takes effect as soon as it is saved.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="55"/>
        <source>样品已开始检验：更正需经质量负责人批准后生效，批准后重新判定。</source>
        <translation>Testing of the sample has started: the correction takes effect only after the quality manager approves it, and the sample is then re-judged.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="77"/>
        <source>如：抽样单注明为褐煤，登记时漏填</source>
        <translation>e.g. the sampling form states lignite; it was left out at registration</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="79"/>
        <source>更正理由(&amp;R)</source>
        <translation>&amp;Reason for correction</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="90"/>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="90"/>
        <source>提交更正申请</source>
        <translation>Submit correction request</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="91"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="109"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>CountyConfirmDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="96"/>
        <source>县级局共同认定</source>
        <translation>Joint determination with the county bureau</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="100"/>
        <source>县级市场监管部门</source>
        <translation>County market regulation authority</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="101"/>
        <source>认定日期</source>
        <translation>Determination date</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="72"/>
        <source>授权签字人的签名证书（PKCS#12）以其自身口令加密保存，LabDesk 不保存口令和明文私钥。签名图片和检验检测专用章图片用于报告版面；受信任的 CA 证书用于校验报告。</source>
        <translation>The authorised signatory's signing certificate (PKCS#12) is stored encrypted with its own passphrase; LabDesk stores neither the passphrase nor the plain private key. The signature image and the inspection and testing seal image are used on the report layout; trusted CA certificates are used to verify reports.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="77"/>
        <source>用户(&amp;U)：</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="84"/>
        <source>导入签名证书(&amp;P)…</source>
        <translation>Import signing &amp;certificate…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="85"/>
        <source>导入签名图片(&amp;I)…</source>
        <translation>&amp;Import signature image…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="86"/>
        <source>导入检验检测专用章(&amp;S)…</source>
        <translation>Import inspection and testing &amp;seal…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="87"/>
        <source>导入 CA 证书(&amp;C)…</source>
        <translation>Import CA &amp;certificate…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="88"/>
        <source>停用(&amp;D)…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="103"/>
        <source>受信任的 CA 证书（签名证书须由其中之一签发）：</source>
        <translation>Trusted CA certificates (the signing certificate must be issued by one of them):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="107"/>
        <source>CA 证书主题</source>
        <translation>CA certificate subject</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="107"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="107"/>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="147"/>
        <source>（全实验室）</source>
        <translation>(whole laboratory)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="186"/>
        <source>选择签名证书</source>
        <translation>Choose signing certificate</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="200"/>
        <source>选择签名图片</source>
        <translation>Choose signature image</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="200"/>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="206"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="206"/>
        <source>选择检验检测专用章图片（透明背景 PNG）</source>
        <translation>Choose inspection and testing seal image (PNG with transparent background)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="212"/>
        <source>选择 CA 证书</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="212"/>
        <source>证书 (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="222"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="222"/>
        <source>停用「{0}」的原因：</source>
        <translation>Reason for deactivating &quot;{0}&quot;:</translation>
    </message>
</context>
<context>
    <name>DecodeDialog</name>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="20"/>
        <source>解码盲样</source>
        <translation>Decode blind sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="24"/>
        <source>盲样编号</source>
        <translation>Blind sample no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="26"/>
        <source>解码原因（记入审计记录）</source>
        <translation>Reason for decoding (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="27"/>
        <source>盲样编号(&amp;B)</source>
        <translation>&amp;Blind sample no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="28"/>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="35"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="36"/>
        <source>解码(&amp;D)</source>
        <translation>&amp;Decode</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → 样品编号 %2（抽样单 %3）&lt;br&gt;%4&#x3000;受检单位：%5&lt;br&gt;生产单位：%6&lt;br&gt;商标 %7&#x3000;规格 %8&#x3000;批号 %9&#x3000;抽样日期 %10&lt;br&gt;&lt;i&gt;本次解码已记入审计记录。&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → sample no. %2 (sampling form %3)&lt;br&gt;%4  Sampled party: %5&lt;br&gt;Manufacturer: %6&lt;br&gt;Trademark %7  Specification %8  Batch no. %9  Sampling date %10&lt;br&gt;&lt;i&gt;This decoding has been recorded in the audit log.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="86"/>
        <source>导入名录（.xlsx/.csv）…</source>
        <translation>Import directory (.xlsx/.csv)…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="88"/>
        <source>按企业名称或信用代码查找</source>
        <translation>Search by company name or credit code</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="89"/>
        <source>只看跟踪抽查企业</source>
        <translation>Follow-up companies only</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="90"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="98"/>
        <source>导入结果和逐行错误显示在这里。</source>
        <translation>Import results and per-row errors are shown here.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="123"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="126"/>
        <source>导入被抽样对象名录库</source>
        <translation>Import the directory of sampling targets</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="127"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="133"/>
        <source>正在导入 %1…</source>
        <translation>Importing %1…</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="44"/>
        <source>配额剩余批次</source>
        <translation>Remaining quota (batches)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="47"/>
        <source>质量负责人在抽取前输入，或点「生成种子」</source>
        <translation>Entered by the quality manager before the draw, or click &quot;Generate seed&quot;</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="48"/>
        <source>生成种子</source>
        <translation>Generate seed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="54"/>
        <source>见证人姓名（可选）</source>
        <translation>Witness name (optional)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="55"/>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="55"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="56"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="56"/>
        <source>抽取数量</source>
        <translation>Number to draw</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="58"/>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="59"/>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="60"/>
        <source>已保存的记录</source>
        <translation>Saved records</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="63"/>
        <source>预览(&amp;P)</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="64"/>
        <source>抽取并保存(&amp;D)</source>
        <translation>&amp;Draw and save</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="65"/>
        <source>打印随机抽取记录…</source>
        <translation>Print random draw record…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="71"/>
        <source>算法 %1：先列跟踪抽查企业，再按 SHA-256(种子|信用代码) 排序。</source>
        <translation>Algorithm %1: follow-up companies first, then sorted by SHA-256(seed|credit code).</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="109"/>
        <source>（%1 条，选择查看）</source>
        <translation>(%1 records, select to view)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="147"/>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="164"/>
        <source>随机抽取</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="147"/>
        <source>请先输入或生成随机种子。</source>
        <translation>Please enter or generate a random seed first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="164"/>
        <source>以种子「%1」抽取并保存记录？保存后不能更改。</source>
        <translation>Draw with seed &quot;%1&quot; and save the record? It cannot be changed once saved.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="178"/>
        <source>已保存记录</source>
        <translation>Saved record</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="178"/>
        <source>预览，未保存</source>
        <translation>Preview, not saved</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="179"/>
        <source>%1：%2 抽取 %3 家（抽取前配额剩余 %4，候选 %5 家，排除 %6 家）&#x3000;种子 %7&#x3000;%8
候选名单 SHA-256：%9</source>
        <translation>%1: %2 drew %3 companies (remaining quota before the draw %4, %5 candidates, %6 excluded)  seed %7  %8
Candidate list SHA-256: %9</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="184"/>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="186"/>
        <source>跟踪</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="184"/>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="186"/>
        <source>随机</source>
        <translation>Random</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="185"/>
        <source>抽中</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="187"/>
        <source>替补</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/draw_tab.py" line="188"/>
        <source>排除：</source>
        <translation>Excluded:</translation>
    </message>
</context>
<context>
    <name>DutyRulesEditor</name>
    <message>
        <location filename="../../labdesk/gui/widgets/duty_rules.py" line="29"/>
        <source>允许抽样人员审核、签发其抽取的样品(&amp;A)</source>
        <translation>&amp;Allow samplers to review and sign the samples they took</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/duty_rules.py" line="33"/>
        <source>修改理由（必填，记入审计记录）</source>
        <translation>Reason for the change (required, recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/duty_rules.py" line="34"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/duty_rules.py" line="56"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="37"/>
        <source>编辑名录库：%1</source>
        <translation>Edit directory: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="50"/>
        <source>跟踪抽查（上年度不合格或拒检）</source>
        <translation>Follow-up sampling (failed or refused last year)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="58"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="59"/>
        <source>企业名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="59"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="60"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="60"/>
        <source>区县</source>
        <translation>District/county</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="61"/>
        <source>许可证编号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="61"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="62"/>
        <source>上年度抽查结果</source>
        <translation>Last year's sampling result</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/directory_tab.py" line="63"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>EnvironmentTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="113"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="113"/>
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="116"/>
        <source>记录温湿度</source>
        <translation>Record temperature and humidity</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="116"/>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="136"/>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="117"/>
        <source>温度 ℃</source>
        <translation>Temperature ℃</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="118"/>
        <source>相对湿度 %</source>
        <translation>Relative humidity %</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="126"/>
        <source>选择温湿度记录文件</source>
        <translation>Choose temperature/humidity log file</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="132"/>
        <source>已导入 %1 条记录。</source>
        <translation>Imported %1 records.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="135"/>
        <source>方法环境要求</source>
        <translation>Environmental requirements of methods</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="136"/>
        <source>检验项目</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="136"/>
        <source>量热室</source>
        <translation>Calorimeter room</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="137"/>
        <source>最低温度 ℃</source>
        <translation>Min. temperature ℃</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="137"/>
        <source>最高温度 ℃</source>
        <translation>Max. temperature ℃</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="138"/>
        <source>最高相对湿度 %</source>
        <translation>Max. relative humidity %</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="48"/>
        <source>登记设备</source>
        <translation>Register equipment</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="49"/>
        <source>设备编号</source>
        <translation>Equipment no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="49"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="49"/>
        <source>型号规格</source>
        <translation>Model/specification</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="50"/>
        <source>出厂编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="50"/>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="51"/>
        <source>检验项目</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="51"/>
        <source>项目代码，用空格或顿号分隔，如 Mad Aad St,ad</source>
        <translation>Item codes separated by spaces or commas, e.g. Mad Aad St,ad</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="52"/>
        <source>报告中列为主要设备</source>
        <translation>Listed as main equipment on reports</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="65"/>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="85"/>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="99"/>
        <source>请先选择设备。</source>
        <translation>Please select equipment first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="67"/>
        <source>计量确认记录：%1</source>
        <translation>Metrological confirmation records: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="68"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="69"/>
        <source>确认日期</source>
        <translation>Confirmation date</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="70"/>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="71"/>
        <source>下次到期日</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="72"/>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="72"/>
        <source>检定/校准机构</source>
        <translation>Verification/calibration body</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="73"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="88"/>
        <source>停用设备：%1</source>
        <translation>Take equipment out of service: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="88"/>
        <source>恢复使用：%1</source>
        <translation>Return to service: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="89"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="107"/>
        <source>使用记录：%1</source>
        <translation>Usage records: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="11"/>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="24"/>
        <source>只看逾期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="29"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="30"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="37"/>
        <source>以下是按您的角色需要办理的事项，逾期的排在最前。单击或按回车打开相应页面。</source>
        <translation>These are the items your roles need to deal with, overdue first. Click or press Enter to open the relevant page.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="61"/>
        <source>打开(&amp;E)</source>
        <translation>Op&amp;en</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="88"/>
        <source>仪器数据导入</source>
        <translation>Instrument data import</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="99"/>
        <source>仪器(&amp;M)：</source>
        <translation>Instru&amp;ment:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="103"/>
        <source>导出文件路径（CSV / XLSX），回车预览</source>
        <translation>Export file path (CSV / XLSX), press Enter to preview</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="104"/>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="105"/>
        <source>预览(&amp;P)</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="114"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="114"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="114"/>
        <source>盲样编号</source>
        <translation>Blind sample no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="115"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="115"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="125"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="126"/>
        <source>全部导入(&amp;I)</source>
        <translation>&amp;Import all</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="144"/>
        <source>选择仪器导出文件</source>
        <translation>Choose instrument export file</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="145"/>
        <source>仪器数据 (*.csv *.txt *.xlsx)</source>
        <translation>Instrument data (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="158"/>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="181"/>
        <source>有 %1 行无法导入（红色）。修正文件或映射后重新预览；在此之前不会导入任何数据。</source>
        <translation>%1 rows cannot be imported (red). Fix the file or the mapping and preview again; nothing is imported until then.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="184"/>
        <source>%1 行、%2 个测定值全部匹配，可以导入。SHA-256：%3</source>
        <translation>%1 rows and %2 measured values all match and can be imported. SHA-256: %3</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake_page.ui" line="12"/>
        <source>扫码(&amp;S)</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="15"/>
        <source>扫描条码或输入样品编号 / 样品份编码，回车打开</source>
        <translation>Scan a barcode or enter the sample no. / sample portion code, press Enter to open</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="20"/>
        <source>新登记(&amp;N)</source>
        <translation>&amp;New registration</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="30"/>
        <source>样品登记簿</source>
        <translation>Sample register</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="33"/>
        <source>搜索：样品编号 / 抽样单编号 / 企业名称</source>
        <translation>Search: sample no. / sampling form no. / company name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="49"/>
        <source>登记抽样单</source>
        <translation>Register sampling form</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="60"/>
        <source>抽样单编号(&amp;F)</source>
        <translation>Sampling &amp;form no.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="62"/>
        <source>抽查计划</source>
        <translation>Sampling plan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="64"/>
        <source>产品(&amp;D)</source>
        <translation>Pro&amp;duct</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="66"/>
        <source>抽样领域</source>
        <translation>Sampling sector</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="68"/>
        <source>被抽样单位(&amp;U)</source>
        <translation>Sampled &amp;party</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="70"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="71"/>
        <source>18 位，含校验码</source>
        <translation>18 characters including the check character</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="72"/>
        <source>单位地址</source>
        <translation>Party address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="74"/>
        <source>联系人/电话</source>
        <translation>Contact/phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="76"/>
        <source>标称生产者</source>
        <translation>Stated manufacturer</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="78"/>
        <source>生产者信用代码</source>
        <translation>Manufacturer credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="80"/>
        <source>商标</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="82"/>
        <source>规格型号</source>
        <translation>Specification/model</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="84"/>
        <source>标称等级</source>
        <translation>Stated grade</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="86"/>
        <source>执行标准</source>
        <translation>Applicable standard</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="88"/>
        <source>生产许可证号</source>
        <translation>Production licence no.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="95"/>
        <source>批号</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="97"/>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="98"/>
        <location filename="../../ui/intake_page.ui" line="112"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="99"/>
        <source>抽样基数</source>
        <translation>Lot size</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="101"/>
        <source>检验样品数量</source>
        <translation>Test sample quantity</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="102"/>
        <location filename="../../ui/intake_page.ui" line="104"/>
        <source>如 2 kg</source>
        <translation>e.g. 2 kg</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="103"/>
        <source>备用样品数量</source>
        <translation>Reserve sample quantity</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="105"/>
        <source>检验样品封条号</source>
        <translation>Test sample seal no.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="107"/>
        <source>备用样品封条号</source>
        <translation>Reserve sample seal no.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="109"/>
        <source>抽样地点</source>
        <translation>Sampling location</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="111"/>
        <source>抽样日期</source>
        <translation>Sampling date</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="113"/>
        <source>抽样人 1</source>
        <translation>Sampler 1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="115"/>
        <source>抽样人 2</source>
        <translation>Sampler 2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="117"/>
        <source>煤种</source>
        <translation>Coal type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="119"/>
        <source>运输距离 (km)</source>
        <translation>Transport distance (km)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="120"/>
        <source>仅动力煤需要</source>
        <translation>Steam coal only</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="121"/>
        <source>熄焦方式</source>
        <translation>Coke quenching method</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="123"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="154"/>
        <source>清空(&amp;C)</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="155"/>
        <source>登记(&amp;G)</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="161"/>
        <source>拍照与接收检查</source>
        <translation>Photos and receipt check</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="163"/>
        <source>请先登记样品，或扫码打开已登记的样品</source>
        <translation>Register the sample first, or scan to open a registered sample</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="182"/>
        <source>开启摄像头(&amp;K)</source>
        <translation>Start &amp;camera</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="184"/>
        <source>拍照(&amp;P)</source>
        <translation>Take &amp;photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="185"/>
        <source>从文件导入(&amp;I)…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="201"/>
        <source>接收检查（是 / 否）</source>
        <translation>Receipt check (yes / no)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="206"/>
        <source>书面说明：检查项为“否”而仍接收时必填</source>
        <translation>Written explanation: required when accepting although a check item is &quot;no&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="215"/>
        <source>接收并打印(&amp;A)</source>
        <translation>&amp;Accept and print</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="216"/>
        <source>拒收(&amp;J)…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="217"/>
        <source>终止检验(&amp;T)…</source>
        <translation>&amp;Terminate testing…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="219"/>
        <source>打印标签/接收单(&amp;L)</source>
        <translation>Print &amp;label/receipt</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="220"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
</context>
<context>
    <name>IntegrityTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="40"/>
        <source>核对审计哈希链和所有受保护的记录（样品、测定值、判定、审核、报告登记、角色、判定规则、设置等）：数据库中任何绕过 LabDesk 的直接修改都会在这里列出。</source>
        <translation>Checks the audit hash chain and all protected records (samples, measured values, judgements, reviews, report register, roles, judging rules, settings, etc.): any direct change to the database that bypassed LabDesk is listed here.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="45"/>
        <source>核对数据库完整性(&amp;V)</source>
        <translation>&amp;Verify database integrity</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="49"/>
        <source>立即备份(&amp;B)…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="73"/>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="78"/>
        <source>核对数据库完整性</source>
        <translation>Verify database integrity</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="90"/>
        <source>核对未完成：%1</source>
        <translation>Check not completed: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="93"/>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="99"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_integrity.py" line="102"/>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../labdesk/gui/login.py" line="30"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="34"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="35"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="44"/>
        <source>请输入用户名和密码。</source>
        <translation>Please enter user name and password.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="47"/>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="6"/>
        <source>LabDesk 登录</source>
        <translation>LabDesk login</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="15"/>
        <source>LabDesk 检验实验室管理系统</source>
        <translation>LabDesk Testing Laboratory Management System</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="29"/>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="38"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <location filename="../../ui/logistics_page.ui" line="11"/>
        <source>计划(&amp;P)</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="31"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="34"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="44"/>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="52"/>
        <source>待送达(&amp;P)</source>
        <translation>&amp;Pending delivery</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="78"/>
        <source>已送达(&amp;D)</source>
        <translation>&amp;Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="106"/>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="118"/>
        <source>请在左侧选择待送达事项</source>
        <translation>Select a pending delivery on the left</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="127"/>
        <source>送达方式(&amp;M)</source>
        <translation>Delivery &amp;method</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="140"/>
        <source>EMS 单号(&amp;T)</source>
        <translation>EMS &amp;tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="150"/>
        <source>EMS 送达必填</source>
        <translation>Required for EMS delivery</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="157"/>
        <source>收件人(&amp;C)</source>
        <translation>Re&amp;cipient</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="170"/>
        <source>寄出日期</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="190"/>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="207"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="224"/>
        <source>登记送达(&amp;S)</source>
        <translation>Record deli&amp;very</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="231"/>
        <source>登记签收(&amp;Q)</source>
        <translation>Record recei&amp;pt</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="251"/>
        <source>异议与复检</source>
        <translation>Objections and re-tests</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="259"/>
        <source>已出报告样品及异议期(&amp;Y)</source>
        <translation>Reported samples and objection perio&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="285"/>
        <source>异议与复检(&amp;O)</source>
        <translation>&amp;Objections and re-tests</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="311"/>
        <source>复检与原检验结果对比</source>
        <translation>Re-test compared with original results</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="336"/>
        <source>登记异议</source>
        <translation>Register objection</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="348"/>
        <location filename="../../ui/logistics_page.ui" line="535"/>
        <source>请在左侧选择样品</source>
        <translation>Select a sample on the left</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="357"/>
        <source>提出日期(&amp;F)</source>
        <translation>&amp;Filed on</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="377"/>
        <source>申请人(&amp;A)</source>
        <translation>&amp;Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="390"/>
        <source>异议理由(&amp;G)</source>
        <translation>&amp;Grounds for objection</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="415"/>
        <source>登记异议(&amp;L)</source>
        <translation>Re&amp;gister objection</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="422"/>
        <source>启封备用样品（拍照、核对封条）(&amp;U)…</source>
        <translation>&amp;Unseal reserve sample (photos, check seals)…</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="429"/>
        <source>录入复检结果并判定(&amp;J)…</source>
        <translation>Enter re-test results and &amp;judge…</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="436"/>
        <source>保存复检结果报告(&amp;T)…</source>
        <translation>Save re-&amp;test result report…</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="461"/>
        <location filename="../../ui/logistics_page.ui" line="523"/>
        <source>样品处置</source>
        <translation>Sample disposition</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="469"/>
        <source>待处置（异议期满）(&amp;W)</source>
        <translation>A&amp;waiting disposition (objection period over)</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="495"/>
        <location filename="../../ui/logistics_page.ui" line="577"/>
        <source>处置记录</source>
        <translation>Disposition records</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="544"/>
        <source>接收单位/人(&amp;B)</source>
        <translation>Receiving organisation/&amp;person</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="557"/>
        <source>处置日期</source>
        <translation>Disposition date</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="596"/>
        <source>未付费样品留空则按规则自动生成书面记录；付费样品必填（按省局样品处置规定的具体处理情况）</source>
        <translation>Leave empty for unpaid samples and a written record is generated by the rules; required for paid samples (what was actually done, per the provincial bureau's sample disposition rules)</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="605"/>
        <source>登记处置(&amp;H)</source>
        <translation>Record dispositio&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="623"/>
        <source>拒检</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="631"/>
        <source>拒检认定(&amp;K)</source>
        <translation>Refusal &amp;determination</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="659"/>
        <source>拒检认定表</source>
        <translation>Refusal determination form</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="673"/>
        <source>被抽样单位(&amp;E)</source>
        <translation>Sampl&amp;ed party</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="686"/>
        <source>产品(&amp;R)</source>
        <translation>P&amp;roduct</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="699"/>
        <source>发生日期</source>
        <translation>Date of occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="719"/>
        <source>拒检情况(&amp;X)</source>
        <translation>&amp;Circumstances of refusal</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="738"/>
        <source>如实记录阻碍、拒绝抽样的经过</source>
        <translation>Record truthfully how sampling was obstructed or refused</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="745"/>
        <source>抽样人员(&amp;Z)</source>
        <translation>Sa&amp;mplers</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="755"/>
        <source>至少 2 人，以“、”分隔</source>
        <translation>At least 2, separated by &quot;、&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="762"/>
        <source>见证人(&amp;V)</source>
        <translation>&amp;Witnesses</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="772"/>
        <source>以“、”分隔</source>
        <translation>Separated by &quot;、&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="781"/>
        <source>登记拒检(&amp;N)</source>
        <translation>Register &amp;refusal</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="788"/>
        <source>县级局共同认定…</source>
        <translation>Joint determination with the county bureau…</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="795"/>
        <source>已报送省局…</source>
        <translation>Reported to the provincial bureau…</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="813"/>
        <source>导出汇总材料</source>
        <translation>Export summary materials</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="821"/>
        <source>输出文件夹(&amp;F)</source>
        <translation>Output &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="836"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="849"/>
        <source>检验情况汇总表 (.xlsx)</source>
        <translation>Testing summary table (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="859"/>
        <source>e-CQS 录入文件</source>
        <translation>e-CQS entry file</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="869"/>
        <source>质量分析报告 (PDF)</source>
        <translation>Quality analysis report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="879"/>
        <source>合订本 (PDF)</source>
        <translation>Bound volume (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="900"/>
        <source>导出(&amp;X)</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="907"/>
        <source>标记抽样信息已录入 e-CQS</source>
        <translation>Mark sampling information as entered in e-CQS</translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="914"/>
        <source>标记检验结果已录入 e-CQS</source>
        <translation>Mark test results as entered in e-CQS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="54"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="55"/>
        <source>解码盲样…</source>
        <translation>Decode blind sample…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="127"/>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="128"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="131"/>
        <source>LabDesk 检验实验室管理系统 — %1</source>
        <translation>LabDesk Testing Laboratory Management System — %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="136"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="146"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="146"/>
        <source>界面语言将在重新启动 LabDesk 后生效。</source>
        <translation>The interface language takes effect after LabDesk is restarted.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="154"/>
        <location filename="../../labdesk/gui/main_window.py" line="157"/>
        <location filename="../../labdesk/gui/main_window.py" line="161"/>
        <location filename="../../labdesk/gui/main_window.py" line="166"/>
        <location filename="../../labdesk/gui/main_window.py" line="176"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="154"/>
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="157"/>
        <source>新密码（至少 8 位，含字母和数字）：</source>
        <translation>New password (at least 8 characters, with letters and digits):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="161"/>
        <source>再次输入新密码：</source>
        <translation>Enter the new password again:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="166"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="176"/>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="179"/>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>关于 LabDesk</source>
        <translation>About LabDesk</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="180"/>
        <source>LabDesk %1
产品质量监督抽查检验实验室管理系统：样品接收、检验、判定、审核与签发。</source>
        <translation>LabDesk %1
Laboratory management for product quality supervision sampling: sample receipt, testing, judging, review and issue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>LabDesk 检验实验室管理系统</source>
        <translation>LabDesk Testing Laboratory Management System</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="37"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="38"/>
        <source>添加内置映射</source>
        <translation>Add built-in mapping</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="39"/>
        <source>仪器映射：</source>
        <translation>Instrument mapping:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="60"/>
        <source>每行一个：项目代码=文件列名，如 Mad=Mad(%)</source>
        <translation>One per line: item code=file column name, e.g. Mad=Mad(%)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="64"/>
        <source>名称(&amp;A)</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="64"/>
        <source>仪器类型</source>
        <translation>Instrument type</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="65"/>
        <source>文件格式</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="65"/>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="66"/>
        <source>表头所在行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="66"/>
        <source>分隔符</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="67"/>
        <source>样品编号列</source>
        <translation>Sample no. column</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="67"/>
        <source>项目列</source>
        <translation>Item column</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="68"/>
        <source>记录仪器</source>
        <translation>Recording instrument</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="68"/>
        <source>记录方法</source>
        <translation>Recording method</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="72"/>
        <source>保存映射(&amp;S)</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="145"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>MaterialTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="200"/>
        <source>取 U</source>
        <translation>Take U</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="204"/>
        <source>登记标准物质/质控样</source>
        <translation>Register reference material/QC sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="205"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="205"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="206"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="207"/>
        <source>批号</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="208"/>
        <source>标准值</source>
        <translation>Certified value</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="208"/>
        <source>Aad=25.16±0.20; St,ad=0.85±0.03</source>
        <translation>Aad=25.16±0.20; St,ad=0.85±0.03</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="209"/>
        <source>实验室允许差（可空）</source>
        <translation>Laboratory tolerance (optional)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="209"/>
        <source>Aad=0.25</source>
        <translation>Aad=0.25</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="210"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="227"/>
        <source>请先选择标准物质。</source>
        <translation>Please select a reference material first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/registers.py" line="229"/>
        <source>开封日期</source>
        <translation>Opened on</translation>
    </message>
</context>
<context>
    <name>NonconformityTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="222"/>
        <source>未关闭</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="222"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="227"/>
        <source>登记不符合工作</source>
        <translation>Register nonconformity</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="228"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="228"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="237"/>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="250"/>
        <source>请先选择记录。</source>
        <translation>Please select a record first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="239"/>
        <source>处理 %1：%2</source>
        <translation>Handle %1: %2</translation>
    </message>
</context>
<context>
    <name>OwnerConfirmDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="41"/>
        <source>导入签名证书 — 持有人确认</source>
        <translation>Import signing certificate — holder confirmation</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="43"/>
        <source>签名证书只能绑定给其本人：请证书持有人「{0}」本人到场，输入证书口令和本人的登录密码。管理员不能代为输入。口令和密码只用于核对，不保存。</source>
        <translation>A signing certificate can only be bound to its own holder: the certificate holder &quot;{0}&quot; must be present in person and enter the certificate passphrase and their own login password. An administrator cannot enter them on their behalf. The passphrase and password are only checked, never stored.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="52"/>
        <source>证书口令(&amp;P)：</source>
        <translation>Certificate &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="53"/>
        <source>持有人「{0}」的登录密码(&amp;W)：</source>
        <translation>Login pass&amp;word of holder &quot;{0}&quot;:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="56"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="277"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="286"/>
        <source>生产领域</source>
        <translation>Production sector</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="287"/>
        <source>流通领域</source>
        <translation>Distribution sector</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="339"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="235"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="339"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="235"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="347"/>
        <source>全部为是(&amp;Y)</source>
        <translation>All &amp;yes</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="390"/>
        <source>正在查找 %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="395"/>
        <source>已打开 %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="416"/>
        <source>抽样单</source>
        <translation>Sampling form</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="416"/>
        <source>登记表中已有未保存的内容，用抽样任务 %1 的内容替换？</source>
        <translation>The registration form has unsaved content; replace it with the content of sampling task %1?</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="423"/>
        <source>已从抽样任务 %1 预填登记，请补全并核对后登记。</source>
        <translation>Registration prefilled from sampling task %1; complete and check it, then register.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="476"/>
        <source>共 %1 个样品，已显示 %2</source>
        <translation>%1 samples in total, %2 shown</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="521"/>
        <source>（许可证）</source>
        <translation>(licence)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="597"/>
        <source>抽样单检查通过，可以登记。</source>
        <translation>Sampling form check passed, ready to register.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="636"/>
        <source>已登记 %1，盲样号 %2。请拍照并完成接收检查。</source>
        <translation>Registered %1, blind sample no. %2. Please take photos and complete the receipt check.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="649"/>
        <source>无法登记：请按红色提示修改。</source>
        <translation>Cannot register: please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="688"/>
        <source>请先登记样品，或扫码打开已登记的样品</source>
        <translation>Register the sample first, or scan to open a registered sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="690"/>
        <source>&#x3000;【跟踪抽查企业】</source>
        <translation> [Follow-up company]</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="714"/>
        <source>（已锁定）</source>
        <translation>(locked)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="738"/>
        <source>正在打开摄像头…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="741"/>
        <source>关闭摄像头(&amp;K)</source>
        <translation>Stop &amp;camera</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="744"/>
        <source>预览中：%1</source>
        <translation>Previewing: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="749"/>
        <location filename="../../labdesk/gui/pages/intake.py" line="752"/>
        <source>开启摄像头(&amp;K)</source>
        <translation>Start &amp;camera</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="759"/>
        <source>摄像头未开启或无画面：请开启摄像头，或从文件导入照片。</source>
        <translation>The camera is off or shows no picture: start the camera, or import a photo from a file.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="770"/>
        <source>导入照片</source>
        <translation>Import photo</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="771"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="781"/>
        <source>已保存照片（%1）</source>
        <translation>Photo saved (%1)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="810"/>
        <source>已接收 %1，正在打印标签和样品接收单。</source>
        <translation>Accepted %1; printing the label and sample receipt.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="832"/>
        <source>已拒收 %1，拒收通知 %2 已生成。</source>
        <translation>Rejected %1; rejection notice %2 generated.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="844"/>
        <source>终止检验</source>
        <translation>Terminate testing</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="845"/>
        <source>终止理由（如：标称生产者无生产许可证）：</source>
        <translation>Reason for termination (e.g. the stated manufacturer has no production licence):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="856"/>
        <source>已终止检验 %1，通知 %2 已生成。</source>
        <translation>Testing of %1 terminated; notice %2 generated.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="896"/>
        <source>已保存 %1 个 PDF 到 %2</source>
        <translation>Saved %1 PDFs to %2</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="38"/>
        <location filename="../../labdesk/gui/pages/testing.py" line="223"/>
        <source>盲样编号</source>
        <translation>Blind sample no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="38"/>
        <location filename="../../labdesk/gui/pages/testing.py" line="223"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="28"/>
        <location filename="../../labdesk/gui/pages/review.py" line="38"/>
        <location filename="../../labdesk/gui/pages/testing.py" line="223"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="38"/>
        <source>判定</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;%3&lt;br&gt;规则集：%4&#x3000;版本 %5（目录 %6）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2  %3&lt;br&gt;Rule set: %4  version %5 (catalogue %6)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="113"/>
        <source>&#x3000;等级：%1</source>
        <translation>  Grade: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="124"/>
        <source>照片（%1）</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="153"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="153"/>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="153"/>
        <source>前轮（已复测）</source>
        <translation>Earlier round (re-measured)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="155"/>
        <source>仪器导入</source>
        <translation>Instrument import</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="155"/>
        <source>手工录入</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="200"/>
        <source>退回须填写审核意见。</source>
        <translation>A review comment is required to return.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="205"/>
        <source>已退回检验员。</source>
        <translation>Returned to the tester.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="213"/>
        <source>审核通过，已转签发。</source>
        <translation>Review passed, forwarded for signing.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="220"/>
        <source>安排复测</source>
        <translation>Arrange re-measurement</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="220"/>
        <source>请先在表格中选择一个检测项目。</source>
        <translation>Please select a test item in the table first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="226"/>
        <source>请在审核意见中填写复测原因。</source>
        <translation>Please give the reason for re-measurement in the review comment.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="232"/>
        <source>已安排 %1 复测。</source>
        <translation>Re-measurement of %1 arranged.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="28"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="28"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="28"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="28"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="43"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="65"/>
        <source>待办 %1 项，其中逾期 %2 项</source>
        <translation>%1 items to do, %2 of them overdue</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="67"/>
        <source>没有待办事项。</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="89"/>
        <source>您没有办理此事项的页面。</source>
        <translation>You have no page for handling this item.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="65"/>
        <source>解码盲样(&amp;B)…</source>
        <translation>Decode &amp;blind sample…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="69"/>
        <source>在检样品的规则版本</source>
        <translation>Rule versions of samples under test</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="73"/>
        <source>仪器数据映射</source>
        <translation>Instrument data mapping</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="77"/>
        <source>职责分离</source>
        <translation>Segregation of duties</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="94"/>
        <source>（%1 项未核实待确认）</source>
        <translation>(%1 unverified items to confirm)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="112"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;版本 %2（目录 %3）&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  version %2 (catalogue %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="123"/>
        <source>未核实：须与标准原文核对</source>
        <translation>Unverified: must be checked against the original standard</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="132"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="142"/>
        <source>未核实规则（%1/%2 待确认）</source>
        <translation>Unverified rules (%1/%2 to confirm)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="146"/>
        <source>采用目录规则集</source>
        <translation>Use catalogue rule set</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="162"/>
        <source>（不可修改）</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="176"/>
        <source>已保存为版本 %1。</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="89"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="90"/>
        <source>直接送达</source>
        <translation>Direct delivery</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="217"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="221"/>
        <source>（计划）</source>
        <translation>(plan)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="223"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="226"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="303"/>
        <source>未签收</source>
        <translation>Not signed for</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="279"/>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="279"/>
        <source>请先在「待送达」中选择一项。</source>
        <translation>Please select an item under &quot;Pending delivery&quot; first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="291"/>
        <source>登记签收</source>
        <translation>Record receipt</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="291"/>
        <source>请先在「已送达」中选择一项。</source>
        <translation>Please select an item under &quot;Delivered&quot; first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="302"/>
        <source>样品 %1（%2）异议期至 %3</source>
        <translation>Sample %1 (%2) objection period until %3</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="323"/>
        <source>登记异议</source>
        <translation>Register objection</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="323"/>
        <source>请先选择已出报告的样品。</source>
        <translation>Please select a reported sample first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="332"/>
        <source>异议不予受理</source>
        <translation>Objection not accepted</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="334"/>
        <source>不予复检</source>
        <translation>No re-test</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="336"/>
        <source>已受理异议，请启封备用样品复检。</source>
        <translation>Objection accepted; please unseal the reserve sample for re-testing.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="344"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="353"/>
        <source>启封备用样品</source>
        <translation>Unseal reserve sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="344"/>
        <source>请先在「异议与复检」中选择一件已受理的异议。</source>
        <translation>Please select an accepted objection under &quot;Objections and re-tests&quot; first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="501"/>
        <source>汇总材料已导出到：%1</source>
        <translation>Summary materials exported to: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="556"/>
        <source>办结（不予复检/撤回）…</source>
        <translation>Close (no re-test/withdrawn)…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="557"/>
        <source>签发复检结果报告…</source>
        <translation>Issue re-test result report…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="575"/>
        <source>办结异议</source>
        <translation>Close objection</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="575"/>
        <source>请先选择一件已受理或复检中的异议。</source>
        <translation>Please select an accepted objection or one being re-tested first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="586"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="588"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="592"/>
        <source>签发复检结果报告</source>
        <translation>Issue re-test result report</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="586"/>
        <source>请先选择复检已完成的异议。</source>
        <translation>Please select an objection whose re-test is complete.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="588"/>
        <source>登录密码：</source>
        <translation>Login password:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="592"/>
        <source>签名证书口令：</source>
        <translation>Signing certificate passphrase:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="599"/>
        <source>复检结果报告 %1 已签发，已列入待送达。</source>
        <translation>Re-test result report %1 issued and added to pending delivery.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="370"/>
        <source>复检</source>
        <translation>Re-test</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="370"/>
        <source>请先选择复检中的异议。</source>
        <translation>Please select an objection being re-tested.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="389"/>
        <source>复检结果</source>
        <translation>Re-test results</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="394"/>
        <source>复检结果报告</source>
        <translation>Re-test result report</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="394"/>
        <source>请先选择已办结的异议。</source>
        <translation>Please select a closed objection first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="396"/>
        <source>保存复检结果报告</source>
        <translation>Save re-test result report</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="397"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="410"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="418"/>
        <source>样品 %1：%2</source>
        <translation>Sample %1: %2</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="426"/>
        <source>样品处置</source>
        <translation>Sample disposition</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="426"/>
        <source>请先选择待处置的样品。</source>
        <translation>Please select a sample awaiting disposition first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="439"/>
        <source>拒检</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="439"/>
        <source>请选择计划和被抽样单位。</source>
        <translation>Please select a plan and a sampled party.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="469"/>
        <source>输出文件夹</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="479"/>
        <source>已标记 %1 条 e-CQS 录入。</source>
        <translation>Marked %1 e-CQS entries.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="491"/>
        <source>开始导出 %1 …</source>
        <translation>Starting export %1 …</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="499"/>
        <source>完成：出具报告 %1 批次。</source>
        <translation>Done: reports issued for %1 batches.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="506"/>
        <source>导出已取消。</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="511"/>
        <source>导出汇总材料</source>
        <translation>Export summary materials</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="64"/>
        <source>确认未核实依据(&amp;K)…</source>
        <translation>Confirm unverified &amp;basis…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="65"/>
        <source>不合格判定仅依据未经核实的判定规则时，须质量负责人确认后方可签发</source>
        <translation>A fail judgement that rests only on unverified judging rules must be confirmed by the quality manager before it can be signed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="93"/>
        <source>待签发报告（审核已通过）：{0} 份</source>
        <translation>Reports awaiting signing (review passed): {0}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="110"/>
        <source>签发所选 {0} 份(&amp;S)…</source>
        <translation>&amp;Sign the {0} selected…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="111"/>
        <source>签发(&amp;S)…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="120"/>
        <source>正在生成预览…</source>
        <translation>Generating preview…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="126"/>
        <source>预览共 {0} 页（未签发，仅供核对）</source>
        <translation>Preview of {0} pages (not signed, for checking only)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="142"/>
        <source>确认未核实依据的不合格判定</source>
        <translation>Confirm fail judgement on an unverified basis</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="143"/>
        <source>样品 {0} 的不合格判定仅依据未经核实的判定规则。
请写明确认依据（将印在报告备注中）：</source>
        <translation>The fail judgement of sample {0} rests only on unverified judging rules.
Please state the basis of confirmation (it will be printed in the report remarks):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="153"/>
        <source>已确认样品 {0} 的未核实依据，可以签发。</source>
        <translation>Unverified basis of sample {0} confirmed; it can be signed.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="159"/>
        <location filename="../../labdesk/gui/pages/signing.py" line="182"/>
        <source>签发报告</source>
        <translation>Sign reports</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="160"/>
        <source>将以您（{0}）的数字证书签发 {1} 份检验报告。签发后报告不可修改。</source>
        <translation>{1} test reports will be signed with your ({0}) digital certificate. Signed reports cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="178"/>
        <source>正在签发…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="190"/>
        <source>已签发 {0} 份报告：{1}</source>
        <translation>Signed {0} reports: {1}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="193"/>
        <source>已取消：其余报告未签发（已签发的报告完整有效）。</source>
        <translation>Cancelled: the remaining reports were not signed (reports already signed are complete and valid).</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="196"/>
        <source>样品 {0} 未签发：{1}</source>
        <translation>Sample {0} not signed: {1}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="204"/>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="349"/>
        <source>用户与角色</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="350"/>
        <source>角色变更记录</source>
        <translation>Role change log</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="352"/>
        <source>系统设置</source>
        <translation>System settings</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="355"/>
        <source>摄像头</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="363"/>
        <source>签名与印章</source>
        <translation>Signatures and seals</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="365"/>
        <source>审计记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="368"/>
        <source>数据完整性</source>
        <translation>Data integrity</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="224"/>
        <source>退回意见</source>
        <translation>Return comments</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="298"/>
        <source>找不到编号「%1」对应的样品。</source>
        <translation>No sample found for no. &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="310"/>
        <source>未保存的结果</source>
        <translation>Unsaved results</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="310"/>
        <source>当前样品有未保存的结果，是否先保存？</source>
        <translation>The current sample has unsaved results. Save them first?</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;%3&#x3000;规则集 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2  %3  rule set %4</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="338"/>
        <source>审核意见：</source>
        <translation>Review comments:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="358"/>
        <source>保存(&amp;S) *</source>
        <translation>&amp;Save *</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="358"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="372"/>
        <source>修改理由</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="396"/>
        <source>修改或删除已保存的测定值（%1）须填写理由：</source>
        <translation>Changing or deleting saved measured values (%1) requires a reason:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="413"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="448"/>
        <source>样品 %1 已提交审核。</source>
        <translation>Sample %1 submitted for review.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="452"/>
        <source>样品 %1 已提交审核，等待审核员审核。</source>
        <translation>Sample %1 submitted for review, waiting for the reviewer.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="462"/>
        <source>重新测定 %1（本轮测定值作废但保留记录），请填写原因：</source>
        <translation>Re-measure %1 (the values of this round are voided but kept on record); please give the reason:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="482"/>
        <source>已导入 %1 个测定值（%2）。</source>
        <translation>Imported %1 measured values (%2).</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>抽查期间</source>
        <translation>Sampling period</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>批次</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="124"/>
        <source>报告送达</source>
        <translation>Report delivery</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="124"/>
        <source>汇总和分析报告</source>
        <translation>Summary and analysis reports</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="125"/>
        <source>e-CQS 录入</source>
        <translation>e-CQS entry</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="126"/>
        <source>%1&#x3000;%2&#x3000;期限：%3</source>
        <translation>%1  %2  deadline: %3</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="130"/>
        <source>无判定规则的产品：</source>
        <translation>Products without judging rules:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="141"/>
        <source>全部承检机构</source>
        <translation>All testing bodies</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="182"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="185"/>
        <source>配额 %1 批次，已抽样 %2，出具报告 %3，不合格 %4，拒检 %5，合格率 %6</source>
        <translation>Quota %1 batches, sampled %2, reports issued %3, fail %4, refused %5, pass rate %6</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="189"/>
        <source>；其中老年用品 %1 批</source>
        <translation>; of which products for the elderly: %1 batches</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="197"/>
        <location filename="../../labdesk/gui/pages/plans.py" line="212"/>
        <source>导入抽查计划</source>
        <translation>Import sampling plan</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="197"/>
        <source>计划文件 (*.toml)</source>
        <translation>Plan files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="213"/>
        <source>已导入「%1」，共 %2 批次。</source>
        <translation>Imported &quot;%1&quot;, %2 batches.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="227"/>
        <source>已作废（被 {0} 替代）</source>
        <translation>Withdrawn (superseded by {0})</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="257"/>
        <source>SHA-256：{0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="257"/>
        <source>验证码：{0}</source>
        <translation>Verification code: {0}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="259"/>
        <source>替代报告 {0}；更正原因：{1}</source>
        <translation>Supersedes report {0}; reason for amendment: {1}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="261"/>
        <source>本报告已作废，现行有效的是 {0}。</source>
        <translation>This report has been withdrawn; the current valid report is {0}.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="263"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="290"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="316"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="333"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="350"/>
        <source>更正报告</source>
        <translation>Amend report</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="351"/>
        <source>已签发更正报告 {0}，原报告 {1} 已作废。</source>
        <translation>Amended report {0} issued; original report {1} withdrawn.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="355"/>
        <source>校验报告文件</source>
        <translation>Verify report file</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="370"/>
        <source>报告校验</source>
        <translation>Report verification</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/__init__.py" line="25"/>
        <source>我的抽样任务</source>
        <translation>My sampling tasks</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/__init__.py" line="34"/>
        <source>被抽样对象名录库</source>
        <translation>Directory of sampling targets</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/__init__.py" line="35"/>
        <source>随机抽取</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/__init__.py" line="36"/>
        <source>抽样任务</source>
        <translation>Sampling tasks</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/__init__.py" line="38"/>
        <source>抽样人员名录</source>
        <translation>Sampler register</translation>
    </message>
</context>
<context>
    <name>PinningTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="225"/>
        <source>理由（如：省局通知在检样品按新限值判定）</source>
        <translation>Reason (e.g. the provincial bureau requires samples under test to be judged by the new limits)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="226"/>
        <source>所选样品改用当前版本(&amp;U)</source>
        <translation>&amp;Use the current version for the selected samples</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="244"/>
        <source>以下 %1 个已接收的样品仍按接收时的规则版本判定；当前版本为 %2。勾选样品并写明理由后，可改用当前版本（将重新判定并记入审计）。</source>
        <translation>The following %1 received samples are still judged by the rule version in force at receipt; the current version is %2. Tick samples and state the reason to switch them to the current version (they will be re-judged and audited).</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="248"/>
        <source>所有在检样品均按当前版本 %1 判定。</source>
        <translation>All samples under test are judged by the current version %1.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="274"/>
        <source>已将 %1 个样品改用版本 %2 并重新判定。</source>
        <translation>Switched %1 samples to version %2 and re-judged them.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/plans_page.ui" line="19"/>
        <source>抽查计划(&amp;L)</source>
        <translation>Samp&amp;ling plans</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="28"/>
        <source>随软件提供的计划示例</source>
        <translation>Example plans shipped with the software</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="33"/>
        <source>导入示例计划</source>
        <translation>Import example plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="38"/>
        <source>导入计划文件(&amp;I)…</source>
        <translation>&amp;Import plan file…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="39"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="44"/>
        <source>工作日历(&amp;W)…</source>
        <translation>&amp;Working calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="45"/>
        <source>法定节假日和调休上班日（chinesecalendar 未覆盖的年份在此补录；本表优先）</source>
        <translation>Public holidays and make-up workdays (enter years not covered by chinesecalendar here; this table takes precedence)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="50"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="51"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="74"/>
        <source>请选择一个计划</source>
        <translation>Please select a plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="87"/>
        <source>承检机构(&amp;J)</source>
        <translation>&amp;Testing body</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="55"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="57"/>
        <source>打印哪些单据？</source>
        <translation>Which documents to print?</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="59"/>
        <source>样品标签</source>
        <translation>Sample label</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="59"/>
        <source>样品接收单</source>
        <translation>Sample receipt</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="59"/>
        <source>通知书</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="62"/>
        <source>全部（标签和接收单）</source>
        <translation>All (label and receipt)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="71"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="72"/>
        <source>不打印</source>
        <translation>Do not print</translation>
    </message>
</context>
<context>
    <name>ProvinceReportDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="73"/>
        <source>拒检认定表报送省局</source>
        <translation>Report refusal determination form to the provincial bureau</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="80"/>
        <source>EMS 运单号（必填）或签收回执编号</source>
        <translation>EMS waybill no. (required) or receipt no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="81"/>
        <source>报送日期</source>
        <translation>Date reported</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="82"/>
        <source>报送方式</source>
        <translation>Reporting method</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="83"/>
        <source>单号/回执</source>
        <translation>Waybill/receipt no.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="191"/>
        <source>拒收样品</source>
        <translation>Reject sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="193"/>
        <source>拒收理由（空格键勾选，可多选）：</source>
        <translation>Reasons for rejection (Space to tick, several allowed):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="200"/>
        <source>其他理由或书面说明：</source>
        <translation>Other reasons or written explanation:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="205"/>
        <source>拒收并生成通知</source>
        <translation>Reject and generate notice</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.ui" line="13"/>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="16"/>
        <source>报告编号、样品编号、受检单位…</source>
        <translation>Report no., sample no., sampled party…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="20"/>
        <source>显示已作废(&amp;X)</source>
        <translation>Show &amp;withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="40"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="41"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="42"/>
        <source>系统查看器打开(&amp;O)</source>
        <translation>&amp;Open in system viewer</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="43"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="44"/>
        <source>告知书/送达函(&amp;N)</source>
        <translation>&amp;Notice/delivery letter</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="45"/>
        <source>更正(&amp;A)…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="46"/>
        <source>校验文件(&amp;V)…</source>
        <translation>&amp;Verify file…</translation>
    </message>
</context>
<context>
    <name>ResultGrid</name>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="110"/>
        <source>检验项目</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="110"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="110"/>
        <source>测定1</source>
        <translation>Value 1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="110"/>
        <source>测定2</source>
        <translation>Value 2</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="110"/>
        <source>测定3</source>
        <translation>Value 3</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="111"/>
        <source>测定4</source>
        <translation>Value 4</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="111"/>
        <source>极差/允许差</source>
        <translation>Range/tolerance</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="111"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="111"/>
        <source>报告值</source>
        <translation>Reported value</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="111"/>
        <source>技术要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="112"/>
        <source>判定</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="112"/>
        <source>仪器</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="112"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="312"/>
        <source>%1 第%2次：「%3」不是数值</source>
        <translation>%1 measurement %2: &quot;%3&quot; is not a number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="441"/>
        <source>接受（%n 次平均）</source>
        <translation>
            <numerusform>Accepted (mean of %n)</numerusform>
            <numerusform>Accepted (mean of %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="443"/>
        <source>，多组三值并列</source>
        <translation>, several triplets side by side</translation>
    </message>
    <message numerus="yes">
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="446"/>
        <source>需第 %n 次测定</source>
        <translation>
            <numerusform>Measurement no. %n needed</numerusform>
            <numerusform>Measurement no. %n needed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="451"/>
        <source>超差，全部作废，须重新测定</source>
        <translation>Out of tolerance, all voided, re-measure</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="454"/>
        <source>单次测定</source>
        <translation>Single measurement</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="401"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="403"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>RetestGridDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="138"/>
        <source>录入复检结果 — 复检盲样号 %1</source>
        <translation>Enter re-test results — re-test blind sample no. %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="140"/>
        <source>用备用样品复检的项目填写平行测定值；未填写的项目沿用原检验数据。微生物项目不复检，未列出。</source>
        <translation>Enter the parallel values for items re-tested on the reserve sample; items left empty keep the original test data. Microbiological items are not re-tested and are not listed.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.ui" line="11"/>
        <source>待审核样品</source>
        <translation>Samples awaiting review</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="19"/>
        <source>刷新(&amp;F)</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="24"/>
        <source>请选择样品</source>
        <translation>Please select a sample</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="29"/>
        <source>全部测定记录（含作废与历次复测）</source>
        <translation>All measurement records (including voided ones and every re-measurement)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="38"/>
        <source>审核意见(&amp;C)：</source>
        <translation>Review &amp;comments:</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="44"/>
        <source>退回时必须填写；复测时作为复测原因</source>
        <translation>Required when returning; used as the reason when re-measuring</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="49"/>
        <source>退回检验(&amp;R)</source>
        <translation>&amp;Return to testing</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="50"/>
        <source>安排复测所选项目(&amp;D)</source>
        <translation>Arrange re-measurement of selecte&amp;d items</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="52"/>
        <source>审核通过，转签发(&amp;A)</source>
        <translation>&amp;Approve, forward for signing</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="60"/>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="66"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="73"/>
        <source>规则集与意见</source>
        <translation>Rule set and comments</translation>
    </message>
</context>
<context>
    <name>RoleChangesTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="275"/>
        <source>任何人都不能修改自己账户的角色；每次角色授予和变更都记入审计记录。</source>
        <translation>Nobody can change the roles of their own account; every role grant and change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="280"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="280"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="280"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="280"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="281"/>
        <source>原角色</source>
        <translation>Old roles</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="281"/>
        <source>新角色</source>
        <translation>New roles</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="297"/>
        <source>（新建）</source>
        <translation>(new)</translation>
    </message>
</context>
<context>
    <name>RulesetsPage</name>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="8"/>
        <source>计划产品(&amp;P)：</source>
        <translation>Plan &amp;product:</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="10"/>
        <source>刷新(&amp;F)</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="28"/>
        <source>修改所选限值（实施细则）</source>
        <translation>Change the selected limit (implementing rules)</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="31"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="33"/>
        <source>新限值(&amp;V)</source>
        <translation>New &amp;value</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="35"/>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="36"/>
        <source>如：实施细则第5.2条</source>
        <translation>e.g. implementing rules clause 5.2</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="37"/>
        <source>保存为新版本(&amp;S)</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="46"/>
        <source>未核实规则</source>
        <translation>Unverified rules</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="51"/>
        <source>确认说明（可选）</source>
        <translation>Confirmation note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="52"/>
        <source>确认勾选的未核实规则(&amp;K)</source>
        <translation>Confirm the tic&amp;ked unverified rules</translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="58"/>
        <source>版本记录</source>
        <translation>Version history</translation>
    </message>
</context>
<context>
    <name>RunTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="64"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="64"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="77"/>
        <source>新建检验批次</source>
        <translation>New test batch</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="78"/>
        <source>检验项目</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="79"/>
        <source>样品（盲样编号）</source>
        <translation>Samples (blind sample no.)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="79"/>
        <source>用空格分隔，可扫码</source>
        <translation>Separated by spaces, scanning allowed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="80"/>
        <source>仪器设备</source>
        <translation>Instruments and equipment</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="81"/>
        <source>（不指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="82"/>
        <source>标准物质/质控样</source>
        <translation>Reference material/QC sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="83"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="84"/>
        <source>空白个数</source>
        <translation>Number of blanks</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="85"/>
        <source>平行样（盲样编号）</source>
        <translation>Duplicate (blind sample no.)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="85"/>
        <source>可空</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="86"/>
        <source>检验方法</source>
        <translation>Test method</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="114"/>
        <source>请先在右侧选择质控样、空白或平行样位置。</source>
        <translation>Please select a QC sample, blank or duplicate position on the right first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="117"/>
        <source>第 %1 位 %2</source>
        <translation>Position %1 %2</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="118"/>
        <source>测定结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="127"/>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="136"/>
        <source>请先选择批次。</source>
        <translation>Please select a batch first.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="138"/>
        <source>质控失败处理：%1</source>
        <translation>QC failure handling: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="139"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="139"/>
        <source>重做本批次</source>
        <translation>Redo this batch</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="140"/>
        <source>接受结果（须书面说明）</source>
        <translation>Accept results (written explanation required)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="141"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SamplerDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="40"/>
        <source>抽样人员名录</source>
        <translation>Sampler register</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="51"/>
        <source>曾任职企业的统一社会信用代码，用顿号或逗号分隔</source>
        <translation>Credit codes of former employers, separated by &quot;、&quot; or commas</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="52"/>
        <source>可派遣</source>
        <translation>Can be dispatched</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="57"/>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="57"/>
        <source>培训日期</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="58"/>
        <source>培训说明</source>
        <translation>Training notes</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="58"/>
        <source>授权有效期至</source>
        <translation>Authorisation valid until</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="59"/>
        <source>回避企业</source>
        <translation>Companies to avoid (conflict of interest)</translation>
    </message>
</context>
<context>
    <name>SamplersTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="80"/>
        <source>添加抽样人员…</source>
        <translation>Add sampler…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="81"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="99"/>
        <source>未培训</source>
        <translation>Not trained</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="100"/>
        <source>未授权</source>
        <translation>Not authorised</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="101"/>
        <source>可派遣</source>
        <translation>Can be dispatched</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/samplers_tab.py" line="101"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="212"/>
        <source>拒收理由（每行一条）</source>
        <translation>Reasons for rejection (one per line)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="215"/>
        <source>保存设置(&amp;S)</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="264"/>
        <source>已保存 %1 项设置。</source>
        <translation>Saved %1 settings.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="122"/>
        <source>登录密码(&amp;W)：</source>
        <translation>Login pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="123"/>
        <source>证书口令(&amp;C)：</source>
        <translation>&amp;Certificate passphrase:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="126"/>
        <source>签发</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="134"/>
        <source>请输入登录密码和证书口令。</source>
        <translation>Please enter the login password and the certificate passphrase.</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/signing_page.ui" line="12"/>
        <source>待签发报告（审核已通过）</source>
        <translation>Reports awaiting signing (review passed)</translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="25"/>
        <source>选中一行按 Enter 预览；Ctrl+A 全选后“签发所选”可批量签发。签发时需再次输入登录密码和证书口令。</source>
        <translation>Select a row and press Enter to preview; press Ctrl+A to select all, then &quot;Sign selected&quot; to sign in bulk. Signing asks again for the login password and certificate passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="30"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="31"/>
        <source>预览(&amp;P)</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="32"/>
        <source>签发所选(&amp;S)…</source>
        <translation>&amp;Sign selected…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="40"/>
        <source>报告预览（未签发）</source>
        <translation>Report preview (not signed)</translation>
    </message>
</context>
<context>
    <name>StorageTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="40"/>
        <source>新增存放位置</source>
        <translation>Add storage location</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="40"/>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="40"/>
        <source>柜</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="41"/>
        <source>层</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="41"/>
        <source>盒</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="50"/>
        <source>，借出人 %1</source>
        <translation>, borrowed by %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="54"/>
        <source>样品入库/移位</source>
        <translation>Store/move sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="55"/>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="64"/>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="72"/>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="80"/>
        <source>样品编号（扫码）</source>
        <translation>Sample no. (scan)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="56"/>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="64"/>
        <source>借出样品</source>
        <translation>Lend sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="65"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="72"/>
        <source>归还样品</source>
        <translation>Return sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="73"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="80"/>
        <source>流转记录</source>
        <translation>Movement records</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/facilities.py" line="89"/>
        <source>流转记录：%1</source>
        <translation>Movement records: %1</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../labdesk/gui/pages/quality/base.py" line="60"/>
        <source>共 %1 条</source>
        <translation>%1 records in total</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../labdesk/gui/tasks.py" line="198"/>
        <location filename="../../labdesk/gui/tasks.py" line="262"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="45"/>
        <source>派员种子（空则生成）</source>
        <translation>Sampler assignment seed (generated if empty)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="46"/>
        <source>随机选派抽样人员</source>
        <translation>Randomly assign samplers</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="47"/>
        <source>替换企业…</source>
        <translation>Replace company…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="48"/>
        <source>登记拒检…</source>
        <translation>Register refusal…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="49"/>
        <source>打印任务资料…</source>
        <translation>Print task documents…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="50"/>
        <source>样品确认…</source>
        <translation>Sample confirmation…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="51"/>
        <source>备用样品留存企业…</source>
        <translation>Reserve sample kept by the company…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="53"/>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="101"/>
        <source>共 %1 个任务，待派员 %2 个</source>
        <translation>%1 tasks in total, %2 awaiting samplers</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="103"/>
        <source>我的待抽样任务 %1 个</source>
        <translation>%1 sampling tasks of mine pending</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="114"/>
        <source>没有待派员的任务。</source>
        <translation>No tasks awaiting samplers.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="125"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="150"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="167"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="210"/>
        <source>请选择一个任务。</source>
        <translation>Please select a task.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="127"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="131"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="134"/>
        <source>替换企业</source>
        <translation>Replace company</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="127"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="128"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="137"/>
        <source>企业已关闭</source>
        <translation>Company closed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="128"/>
        <source>企业停产/无该产品在产</source>
        <translation>Company has stopped production / does not produce this product</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="131"/>
        <source>现场情况说明：</source>
        <translation>On-site situation:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="134"/>
        <source>证据（照片编号、查询截图等）：</source>
        <translation>Evidence (photo nos., search screenshots, etc.):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="144"/>
        <source>已替换，新任务 %1</source>
        <translation>Replaced; new task %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="152"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="155"/>
        <source>登记拒检</source>
        <translation>Register refusal</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="152"/>
        <source>拒检情况（时间、理由、已告知的后果）：</source>
        <translation>Circumstances of refusal (time, reasons, consequences explained):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="155"/>
        <source>见证人（可空）：</source>
        <translation>Witnesses (optional):</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="178"/>
        <source>请选择一个已收样的任务。</source>
        <translation>Please select a task whose sample has been received.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="180"/>
        <source>发出样品确认（登记期限）</source>
        <translation>Send sample confirmation (registration deadline)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="180"/>
        <source>登记企业回复：确认</source>
        <translation>Record company reply: confirmed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="180"/>
        <source>登记企业回复：否认</source>
        <translation>Record company reply: denied</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="181"/>
        <source>质量负责人处理否认</source>
        <translation>Quality manager handles the denial</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="182"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="188"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="194"/>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="201"/>
        <source>样品确认</source>
        <translation>Sample confirmation</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="182"/>
        <source>办理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="188"/>
        <source>回复期限（天）</source>
        <translation>Reply deadline (days)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="192"/>
        <source>已登记样品确认。</source>
        <translation>Sample confirmation recorded.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="194"/>
        <source>企业回复及证据：</source>
        <translation>Company reply and evidence:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="199"/>
        <source>已登记企业回复。</source>
        <translation>Company reply recorded.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="201"/>
        <source>处理意见：</source>
        <translation>Handling decision:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="204"/>
        <source>已处理。</source>
        <translation>Handled.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="213"/>
        <source>备用样品封条编号：</source>
        <translation>Reserve sample seal no.:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="213"/>
        <source>保管人：</source>
        <translation>Custodian:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="213"/>
        <source>封存地点：</source>
        <translation>Storage place:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/sampling/tasks_tab.py" line="214"/>
        <source>备用样品留存企业</source>
        <translation>Reserve sample kept by the company</translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message>
        <location filename="../../ui/testing_page.ui" line="12"/>
        <source>盲样队列</source>
        <translation>Blind sample queue</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="16"/>
        <source>扫描或输入盲样编号 / 检验样品编号，回车打开</source>
        <translation>Scan or enter the blind sample no. / test sample no., press Enter to open</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="29"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="30"/>
        <source>仪器数据导入(&amp;I)…</source>
        <translation>&amp;Instrument data import…</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="39"/>
        <source>请选择样品</source>
        <translation>Please select a sample</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="59"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="60"/>
        <source>重新测定本项(&amp;D)…</source>
        <translation>Re-&amp;measure this item…</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="61"/>
        <source>修改记录(&amp;H)</source>
        <translation>Change &amp;history</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="63"/>
        <source>提交审核(&amp;U)</source>
        <translation>S&amp;ubmit for review</translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="77"/>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>UnsealDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="173"/>
        <source>启封备用样品</source>
        <translation>Unseal reserve sample</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="180"/>
        <source>启封时看到的封条编号</source>
        <translation>Seal numbers seen when unsealing</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="181"/>
        <source>封条编号</source>
        <translation>Seal no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="186"/>
        <source>开启摄像头</source>
        <translation>Start camera</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="187"/>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="188"/>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="192"/>
        <source>尚未拍摄启封照片</source>
        <translation>No unsealing photo taken yet</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="204"/>
        <source>摄像头未开启或无画面：请开启摄像头，或从文件导入照片。</source>
        <translation>The camera is off or shows no picture: start the camera, or import a photo from a file.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="207"/>
        <source>已拍摄启封照片（%1 KB）</source>
        <translation>Unsealing photo taken (%1 KB)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="212"/>
        <source>已选择照片：%1</source>
        <translation>Photo selected: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="215"/>
        <source>启封照片</source>
        <translation>Unsealing photo</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="215"/>
        <source>JPEG 图像 (*.jpg *.jpeg)</source>
        <translation>JPEG images (*.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="46"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="46"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="46"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="46"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="46"/>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="58"/>
        <source>签名证书主题须含此号码（可不填）</source>
        <translation>The signing certificate subject must contain this number (optional)</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="59"/>
        <source>身份证号/工号</source>
        <translation>ID card no./staff no.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="79"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="79"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="79"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="98"/>
        <source>不能修改自己账户的角色</source>
        <translation>You cannot change the roles of your own account</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="99"/>
        <source>编辑用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="112"/>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="141"/>
        <source>已创建用户 %1</source>
        <translation>User %1 created</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="157"/>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="169"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="169"/>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="175"/>
        <source>密码已重置，用户下次登录时须修改。</source>
        <translation>Password reset; the user must change it at the next login.</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../labdesk/gui/pages/settings_checks.py" line="53"/>
        <source>示例：%1（2021 年 8 月、动力用煤、第 1 号）</source>
        <translation>Example: %1 (August 2021, steam coal, no. 1)</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="36"/>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="37"/>
        <source>样品接收</source>
        <translation>Sample receipt</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="39"/>
        <source>检验录入</source>
        <translation>Test entry</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="41"/>
        <source>结果审核</source>
        <translation>Result review</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="43"/>
        <source>报告签发</source>
        <translation>Report signing</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="45"/>
        <source>抽查计划</source>
        <translation>Sampling plan</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="47"/>
        <source>判定规则</source>
        <translation>Judging rules</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="49"/>
        <source>报告管理</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="51"/>
        <source>送达与处置</source>
        <translation>Delivery/disposition</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="53"/>
        <source>质量体系</source>
        <translation>Quality system</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="55"/>
        <source>抽样</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="57"/>
        <source>系统管理</source>
        <translation>System administration</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="136"/>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="142"/>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="171"/>
        <source>更正报告</source>
        <translation>Amend report</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="137"/>
        <source>已提出更正，待审核：%1</source>
        <translation>Amendment proposed, awaiting review: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="142"/>
        <source>该报告的更正待审核：%1</source>
        <translation>An amendment of this report is awaiting review: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="145"/>
        <source>审核更正</source>
        <translation>Review amendment</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="146"/>
        <source>更正原因：%1
更正内容：%2</source>
        <translation>Reason for amendment: %1
Changes: %2</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="148"/>
        <source>审核通过</source>
        <translation>Review passed</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="149"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="159"/>
        <source>退回更正</source>
        <translation>Return amendment</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="159"/>
        <source>退回理由：</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="171"/>
        <source>更正已审核，待授权签字人签发。</source>
        <translation>Amendment reviewed; awaiting signing by the authorised signatory.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="173"/>
        <source>签发更正报告</source>
        <translation>Sign amended report</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/amendment_dialogs.py" line="173"/>
        <source>更正内容：%1</source>
        <translation>Changes: %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="206"/>
        <source>更正(&amp;E)…</source>
        <translation>Corr&amp;ect…</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="233"/>
        <source>已更正 %1。</source>
        <translation>Corrected %1.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="233"/>
        <source>已提交 %1 的更正申请，待质量负责人批准。</source>
        <translation>Correction request for %1 submitted, awaiting approval by the quality manager.</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_corrections.py" line="242"/>
        <source>待批准更正</source>
        <translation>Corrections awaiting approval</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="252"/>
        <source>确认登记送达</source>
        <translation>Confirm delivery record</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics_dialogs.py" line="252"/>
        <source>将登记以下送达记录：</source>
        <translation>The following delivery records will be recorded:</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/quality/work.py" line="27"/>
        <location filename="../../labdesk/gui/pages/sampling/common.py" line="52"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/files.py" line="71"/>
        <source>导出完成</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/files.py" line="73"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="128"/>
        <source>打印 %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake_print.py" line="149"/>
        <source>保存 PDF 到文件夹</source>
        <translation>Save PDF to folder</translation>
    </message>
</context>
</TS>
