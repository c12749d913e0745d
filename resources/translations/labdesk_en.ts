<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminUsers</name>
    <message>
        <location filename="../../ui/admin_users.ui" line="15"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="20"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="22"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="24"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="25"/>
        <source>新用户或重置时填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="30"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="36"/>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="37"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="38"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="39"/>
        <source>停用/启用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="244"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="244"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="244"/>
        <source>工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="244"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="245"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="245"/>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="245"/>
        <source>理由 / 详情</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="221"/>
        <source>工作日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="229"/>
        <source>年份(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="236"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="236"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="236"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="250"/>
        <source>如：国庆节、国庆调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="251"/>
        <source>添加/修改(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="252"/>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="268"/>
        <source>chinesecalendar 已包含该年安排；本表的记录优先。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="269"/>
        <source>chinesecalendar 未包含该年：请按国务院通知补录，否则按周一至周五计算。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../labdesk/gui/camera_view.py" line="95"/>
        <source>摄像头未开启</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/camera_view.py" line="131"/>
        <source>正在打开摄像头…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="41"/>
        <source>授权签字人的签名证书（PKCS#12）以其自身口令加密保存，LabDesk 不保存口令和明文私钥。签名图片和检验检测专用章图片用于报告版面；受信任的 CA 证书用于校验报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="46"/>
        <source>用户(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="53"/>
        <source>导入签名证书(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="54"/>
        <source>导入签名图片(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="55"/>
        <source>导入检验检测专用章(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="56"/>
        <source>导入 CA 证书(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="57"/>
        <source>停用(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="105"/>
        <source>（全实验室）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="137"/>
        <source>选择签名证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="140"/>
        <source>证书口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="140"/>
        <source>请输入该证书的口令（仅用于检查，不保存）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="151"/>
        <source>选择签名图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="151"/>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="157"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="157"/>
        <source>选择检验检测专用章图片（透明背景 PNG）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="163"/>
        <source>选择 CA 证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="163"/>
        <source>证书 (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="173"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin_credentials.py" line="173"/>
        <source>停用「{0}」的原因：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodeDialog</name>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="21"/>
        <source>解码盲样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="25"/>
        <source>盲样编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="27"/>
        <source>解码原因（记入审计记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="28"/>
        <source>盲样编号(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="29"/>
        <source>原因(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="36"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="37"/>
        <source>解码(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/decode_dialog.py" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → 样品编号 %2（抽样单 %3）&lt;br&gt;%4&#x3000;受检单位：%5&lt;br&gt;生产单位：%6&lt;br&gt;商标 %7&#x3000;规格 %8&#x3000;批号 %9&#x3000;抽样日期 %10&lt;br&gt;&lt;i&gt;本次解码已记入审计记录。&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="11"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="24"/>
        <source>只看逾期(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="29"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="30"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="37"/>
        <source>以下是按您的角色需要办理的事项，逾期的排在最前。双击或按回车打开相应页面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="61"/>
        <source>打开(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="86"/>
        <source>仪器数据导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="97"/>
        <source>仪器(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="101"/>
        <source>导出文件路径（CSV / XLSX），回车预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="102"/>
        <source>选择文件(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="103"/>
        <source>预览(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="112"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="112"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="112"/>
        <source>盲样编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="113"/>
        <source>数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="113"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="123"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="124"/>
        <source>全部导入(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="142"/>
        <source>选择仪器导出文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="143"/>
        <source>仪器数据 (*.csv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="156"/>
        <source>无法读取文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="179"/>
        <source>有 %1 行无法导入（红色）。修正文件或映射后重新预览；在此之前不会导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="182"/>
        <source>%1 行、%2 个测定值全部匹配，可以导入。SHA-256：%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake_page.ui" line="12"/>
        <source>扫码(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="15"/>
        <source>扫描条码或输入样品编号 / 样品份编码，回车打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="20"/>
        <source>新登记(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="30"/>
        <source>样品登记簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="33"/>
        <source>搜索：样品编号 / 抽样单编号 / 企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="49"/>
        <source>登记抽样单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="60"/>
        <source>抽样单编号(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="62"/>
        <source>抽查计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="64"/>
        <source>产品(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="66"/>
        <source>抽样领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="68"/>
        <source>被抽样单位(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="70"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="71"/>
        <source>18 位，含校验码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="72"/>
        <source>单位地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="74"/>
        <source>联系人/电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="76"/>
        <source>标称生产者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="78"/>
        <source>生产者信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="80"/>
        <source>商标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="82"/>
        <source>规格型号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="84"/>
        <source>标称等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="86"/>
        <source>执行标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="88"/>
        <source>生产许可证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="95"/>
        <source>批号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="97"/>
        <source>生产日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="98"/>
        <location filename="../../ui/intake_page.ui" line="112"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="99"/>
        <source>抽样基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="101"/>
        <source>检验样品数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="102"/>
        <location filename="../../ui/intake_page.ui" line="104"/>
        <source>如 2 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="103"/>
        <source>备用样品数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="105"/>
        <source>检验样品封条号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="107"/>
        <source>备用样品封条号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="109"/>
        <source>抽样地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="111"/>
        <source>抽样日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="113"/>
        <source>抽样人 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="115"/>
        <source>抽样人 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="117"/>
        <source>煤种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="119"/>
        <source>运输距离 (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="120"/>
        <source>仅动力煤需要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="121"/>
        <source>熄焦方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="123"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="139"/>
        <source>清空(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="140"/>
        <source>登记(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="146"/>
        <source>拍照与接收检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="148"/>
        <source>请先登记样品，或扫码打开已登记的样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="157"/>
        <source>开启摄像头(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="159"/>
        <source>拍照(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="160"/>
        <source>从文件导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="176"/>
        <source>接收检查（是 / 否）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="181"/>
        <source>书面说明：检查项为“否”而仍接收时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="186"/>
        <source>接收并打印(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="187"/>
        <source>拒收(&amp;J)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="188"/>
        <source>终止检验(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="190"/>
        <source>打印标签/接收单(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="191"/>
        <source>保存 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../labdesk/gui/login.py" line="30"/>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="34"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="35"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="44"/>
        <source>请输入用户名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/login.py" line="47"/>
        <source>正在验证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="6"/>
        <source>LabDesk 登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="15"/>
        <source>LabDesk 检验实验室管理系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="29"/>
        <source>用户名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="38"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <location filename="../../ui/logistics_page.ui" line="11"/>
        <source>计划(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="31"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="34"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="44"/>
        <source>送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="52"/>
        <source>待送达(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="78"/>
        <source>已送达(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="106"/>
        <source>登记送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="118"/>
        <source>请在左侧选择待送达事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="127"/>
        <source>送达方式(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="140"/>
        <source>EMS 单号(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="150"/>
        <source>EMS 送达必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="157"/>
        <source>收件人(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="170"/>
        <source>寄出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="190"/>
        <source>已签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="207"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="224"/>
        <source>登记送达(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="231"/>
        <source>登记签收(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="251"/>
        <source>异议与复检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="259"/>
        <source>已出报告样品及异议期(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="285"/>
        <source>异议与复检(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="311"/>
        <source>复检与原检验结果对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="336"/>
        <source>登记异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="348"/>
        <location filename="../../ui/logistics_page.ui" line="535"/>
        <source>请在左侧选择样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="357"/>
        <source>提出日期(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="377"/>
        <source>申请人(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="390"/>
        <source>异议理由(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="415"/>
        <source>登记异议(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="422"/>
        <source>启封备用样品（拍照、核对封条）(&amp;U)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="429"/>
        <source>录入复检结果并判定(&amp;J)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="436"/>
        <source>保存复检结果报告(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="461"/>
        <location filename="../../ui/logistics_page.ui" line="523"/>
        <source>样品处置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="469"/>
        <source>待处置（异议期满）(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="495"/>
        <location filename="../../ui/logistics_page.ui" line="577"/>
        <source>处置记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="544"/>
        <source>接收单位/人(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="557"/>
        <source>处置日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="596"/>
        <source>留空则按规则自动生成书面记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="605"/>
        <source>登记处置(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="623"/>
        <source>拒检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="631"/>
        <source>拒检认定(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="659"/>
        <source>拒检认定表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="673"/>
        <source>被抽样单位(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="686"/>
        <source>产品(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="699"/>
        <source>发生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="719"/>
        <source>拒检情况(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="738"/>
        <source>如实记录阻碍、拒绝抽样的经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="745"/>
        <source>抽样人员(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="755"/>
        <source>至少 2 人，以“、”分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="762"/>
        <source>见证人(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="772"/>
        <source>以“、”分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="781"/>
        <source>登记拒检(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="788"/>
        <source>县级局共同认定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="795"/>
        <source>已报送省局…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="813"/>
        <source>导出汇总材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="821"/>
        <source>输出文件夹(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="836"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="849"/>
        <source>检验情况汇总表 (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="859"/>
        <source>e-CQS 录入文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="869"/>
        <source>质量分析报告 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="879"/>
        <source>合订本 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="900"/>
        <source>导出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="907"/>
        <source>标记抽样信息已录入 e-CQS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/logistics_page.ui" line="914"/>
        <source>标记检验结果已录入 e-CQS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="45"/>
        <source>工具(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="46"/>
        <source>解码盲样…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="112"/>
        <source>用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="113"/>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="116"/>
        <source>LabDesk 检验实验室管理系统 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="124"/>
        <location filename="../../labdesk/gui/main_window.py" line="127"/>
        <location filename="../../labdesk/gui/main_window.py" line="131"/>
        <location filename="../../labdesk/gui/main_window.py" line="136"/>
        <location filename="../../labdesk/gui/main_window.py" line="146"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="124"/>
        <source>原密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="127"/>
        <source>新密码（至少 8 位，含字母和数字）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="131"/>
        <source>再次输入新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="136"/>
        <source>两次输入的新密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="146"/>
        <source>密码已修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="149"/>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>关于 LabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/main_window.py" line="150"/>
        <source>LabDesk %1
产品质量监督抽查检验实验室管理系统：样品接收、检验、判定、审核与签发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>LabDesk 检验实验室管理系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>打开日志文件夹</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="38"/>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="39"/>
        <source>添加内置映射</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="40"/>
        <source>仪器映射：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="61"/>
        <source>每行一个：项目代码=文件列名，如 Mad=Mad(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="65"/>
        <source>名称(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="65"/>
        <source>仪器类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="66"/>
        <source>文件格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="66"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="67"/>
        <source>表头所在行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="67"/>
        <source>分隔符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="68"/>
        <source>样品编号列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="68"/>
        <source>项目列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="69"/>
        <source>记录仪器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="69"/>
        <source>记录方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="73"/>
        <source>保存映射(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/instrument_mappings.py" line="146"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="280"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="289"/>
        <source>生产领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="290"/>
        <source>流通领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="332"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="271"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="348"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="332"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="271"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="340"/>
        <source>全部为是(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="380"/>
        <source>正在查找 %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="385"/>
        <source>已打开 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="436"/>
        <source>共 %1 个样品，已显示 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="481"/>
        <source>（许可证）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="547"/>
        <source>抽样单检查通过，可以登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="585"/>
        <source>已登记 %1，盲样号 %2。请拍照并完成接收检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="597"/>
        <source>无法登记：请按红色提示修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="636"/>
        <source>请先登记样品，或扫码打开已登记的样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="638"/>
        <source>&#x3000;⚑ 跟踪抽查企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="684"/>
        <source>正在打开摄像头…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="687"/>
        <source>关闭摄像头(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="690"/>
        <source>预览中：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="695"/>
        <location filename="../../labdesk/gui/pages/intake.py" line="698"/>
        <source>开启摄像头(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="705"/>
        <source>摄像头未开启或无画面：请开启摄像头，或从文件导入照片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="716"/>
        <source>导入照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="717"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="727"/>
        <source>已保存照片（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="756"/>
        <source>已接收 %1，正在打印标签和样品接收单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="778"/>
        <source>已拒收 %1，拒收通知 %2 已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="790"/>
        <source>终止检验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="791"/>
        <source>终止理由（如：标称生产者无生产许可证）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="802"/>
        <source>已终止检验 %1，通知 %2 已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="822"/>
        <source>打印 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="837"/>
        <source>保存 PDF 到文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="847"/>
        <source>已保存 %1 个 PDF 到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="37"/>
        <location filename="../../labdesk/gui/pages/testing.py" line="221"/>
        <source>盲样编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="37"/>
        <location filename="../../labdesk/gui/pages/testing.py" line="221"/>
        <source>产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="37"/>
        <location filename="../../labdesk/gui/pages/home.py" line="27"/>
        <location filename="../../labdesk/gui/pages/testing.py" line="221"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="37"/>
        <source>判定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;%3&lt;br&gt;规则集：%4&#x3000;版本 %5（目录 %6）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="101"/>
        <source>&#x3000;等级：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="112"/>
        <source>照片（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="141"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="141"/>
        <source>已删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="141"/>
        <source>前轮（已复测）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="143"/>
        <source>仪器导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="143"/>
        <source>手工录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="184"/>
        <source>退回须填写审核意见。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="189"/>
        <source>已退回检验员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="197"/>
        <source>审核通过，已转签发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="204"/>
        <source>安排复测</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="204"/>
        <source>请先在表格中选择一个检测项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="210"/>
        <source>请在审核意见中填写复测原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/review.py" line="216"/>
        <source>已安排 %1 复测。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="27"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="27"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="27"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="27"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="42"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="63"/>
        <source>待办 %1 项，其中逾期 %2 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="65"/>
        <source>没有待办事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/home.py" line="87"/>
        <source>您没有办理此事项的页面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="54"/>
        <source>解码盲样(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="60"/>
        <source>仪器数据映射</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="75"/>
        <source>（%1 项未核实待确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;版本 %2（目录 %3）&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="102"/>
        <source>未核实：须与标准原文核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="111"/>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="121"/>
        <source>未核实规则（%1/%2 待确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="125"/>
        <source>采用目录规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="140"/>
        <source>（不可修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/rulesets.py" line="154"/>
        <source>已保存为版本 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="129"/>
        <source>EMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="130"/>
        <source>直接送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="253"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="257"/>
        <source>（计划）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="259"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="262"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="338"/>
        <source>未签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="313"/>
        <source>登记送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="313"/>
        <source>请先在「待送达」中选择一项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="326"/>
        <source>登记签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="326"/>
        <source>请先在「已送达」中选择一项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="337"/>
        <source>样品 %1（%2）异议期至 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="357"/>
        <source>登记异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="357"/>
        <source>请先选择已出报告的样品。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="366"/>
        <source>异议不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="368"/>
        <source>已受理异议，请启封备用样品复检。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="376"/>
        <location filename="../../labdesk/gui/pages/logistics.py" line="391"/>
        <source>启封备用样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="376"/>
        <source>请先在「异议与复检」中选择一件已受理的异议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="378"/>
        <source>核对封条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="378"/>
        <source>启封时看到的封条编号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="381"/>
        <source>启封照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="381"/>
        <source>JPEG 图像 (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="397"/>
        <source>复检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="397"/>
        <source>请先选择复检中的异议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="409"/>
        <source>复检结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="414"/>
        <source>复检结果报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="414"/>
        <source>请先选择已办结的异议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="416"/>
        <source>保存复检结果报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="417"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="430"/>
        <source>已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="438"/>
        <source>样品 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="445"/>
        <source>样品处置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="445"/>
        <source>请先选择待处置的样品。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="458"/>
        <source>拒检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="458"/>
        <source>请选择计划和被抽样单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="472"/>
        <source>县级局共同认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="472"/>
        <source>县级市场监管部门：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="487"/>
        <source>输出文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="497"/>
        <source>已标记 %1 条 e-CQS 录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="509"/>
        <source>开始导出 %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="517"/>
        <source>完成：出具报告 %1 批次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="524"/>
        <source>导出已取消。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="529"/>
        <source>导出汇总材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="75"/>
        <source>待签发报告（审核已通过）：{0} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="88"/>
        <source>签发所选 {0} 份(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="89"/>
        <source>签发(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="98"/>
        <source>正在生成预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="104"/>
        <source>预览共 {0} 页（未签发，仅供核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="115"/>
        <location filename="../../labdesk/gui/pages/signing.py" line="141"/>
        <source>签发报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="116"/>
        <source>将以您（{0}）的数字证书签发 {1} 份检验报告。签发后报告不可修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="134"/>
        <source>正在签发…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="146"/>
        <source>已签发 {0} 份报告：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="149"/>
        <source>已取消：其余报告未签发（已签发的报告完整有效）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="152"/>
        <source>样品 {0} 未签发：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/signing.py" line="160"/>
        <source>已取消。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="273"/>
        <source>用户与角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="275"/>
        <source>系统设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="283"/>
        <source>签名与印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="285"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="222"/>
        <source>退回意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="290"/>
        <source>找不到编号「%1」对应的样品。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="302"/>
        <source>未保存的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="302"/>
        <source>当前样品有未保存的结果，是否先保存？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="327"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;%3&#x3000;规则集 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="333"/>
        <source>审核意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="347"/>
        <source>保存(&amp;S) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="347"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="361"/>
        <source>修改理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="378"/>
        <source>修改或删除已保存的测定值（%1）须填写理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="394"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="419"/>
        <source>样品 %1 已提交审核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="434"/>
        <source>重新测定 %1（本轮测定值作废但保留记录），请填写原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/testing.py" line="454"/>
        <source>已导入 %1 个测定值（%2）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>计划编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>抽查期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="57"/>
        <source>批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="124"/>
        <source>报告送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="124"/>
        <source>汇总和分析报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="125"/>
        <source>e-CQS 录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="126"/>
        <source>%1&#x3000;%2&#x3000;期限：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="130"/>
        <source>无判定规则的产品：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="141"/>
        <source>全部承检机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="182"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="185"/>
        <source>配额 %1 批次，已抽样 %2，出具报告 %3，不合格 %4，拒检 %5，合格率 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="196"/>
        <location filename="../../labdesk/gui/pages/plans.py" line="211"/>
        <source>导入抽查计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="196"/>
        <source>计划文件 (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/plans.py" line="212"/>
        <source>已导入「%1」，共 %2 批次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="229"/>
        <source>已作废（被 {0} 替代）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="259"/>
        <source>SHA-256：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="259"/>
        <source>验证码：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="261"/>
        <source>替代报告 {0}；更正原因：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="263"/>
        <source>本报告已作废，现行有效的是 {0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="265"/>
        <source>{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="292"/>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="318"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="335"/>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="349"/>
        <location filename="../../labdesk/gui/pages/reports.py" line="365"/>
        <source>更正报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="350"/>
        <source>报告 {0} 将被作废，并签发更正报告 {1}-A…。
请填写更正原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="353"/>
        <source>签发更正报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="353"/>
        <source>更正报告 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="366"/>
        <source>已签发更正报告 {0}，原报告 {1} 已作废。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="370"/>
        <source>校验报告文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="385"/>
        <source>报告校验</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/plans_page.ui" line="19"/>
        <source>抽查计划(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="28"/>
        <source>随软件提供的计划示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="33"/>
        <source>导入示例计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="38"/>
        <source>导入计划文件(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="39"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="44"/>
        <source>工作日历(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="45"/>
        <source>法定节假日和调休上班日（chinesecalendar 未覆盖的年份在此补录；本表优先）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="50"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="51"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="74"/>
        <source>请选择一个计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.ui" line="87"/>
        <source>承检机构(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="184"/>
        <source>拒收样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="186"/>
        <source>拒收理由（空格键勾选，可多选）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="193"/>
        <source>其他理由或书面说明：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/intake.py" line="198"/>
        <source>拒收并生成通知</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.ui" line="13"/>
        <source>查找(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="16"/>
        <source>报告编号、样品编号、受检单位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="20"/>
        <source>显示已作废(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="40"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="41"/>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="42"/>
        <source>系统查看器打开(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="43"/>
        <source>另存为(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="44"/>
        <source>告知书/送达函(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="45"/>
        <source>更正(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="46"/>
        <source>校验文件(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultGrid</name>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="100"/>
        <source>检验项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="100"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="100"/>
        <source>测定1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="100"/>
        <source>测定2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="100"/>
        <source>测定3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="101"/>
        <source>测定4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="101"/>
        <source>极差/允许差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="101"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="101"/>
        <source>报告值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="101"/>
        <source>技术要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="102"/>
        <source>判定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="102"/>
        <source>仪器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="102"/>
        <source>方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="339"/>
        <source>接受（%n 次平均）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="341"/>
        <source>，多组三值并列</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="344"/>
        <source>需第 %n 次测定</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="349"/>
        <source>超差，全部作废，须重新测定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="352"/>
        <source>单次测定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="367"/>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/widgets/result_grid.py" line="369"/>
        <source>不合格</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetestDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="69"/>
        <source>录入复检结果 — 样品 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/logistics.py" line="71"/>
        <source>每行一个项目：代号 = 平行测定值（以逗号分隔）。未录入的项目沿用原检验数据。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.ui" line="11"/>
        <source>待审核样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="19"/>
        <source>刷新(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="24"/>
        <source>请选择样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="29"/>
        <source>全部测定记录（含作废与历次复测）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="38"/>
        <source>审核意见(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="44"/>
        <source>退回时必须填写；复测时作为复测原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="49"/>
        <source>退回检验(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="50"/>
        <source>安排复测所选项目(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="52"/>
        <source>审核通过，转签发(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="60"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="66"/>
        <source>照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.ui" line="73"/>
        <source>规则集与意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesetsPage</name>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="8"/>
        <source>计划产品(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="10"/>
        <source>刷新(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="28"/>
        <source>修改所选限值（实施细则）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="31"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="33"/>
        <source>新限值(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="35"/>
        <source>理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="36"/>
        <source>如：实施细则第5.2条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="37"/>
        <source>保存为新版本(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="46"/>
        <source>未核实规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="51"/>
        <source>确认说明（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="52"/>
        <source>确认勾选的未核实规则(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulesets_page.ui" line="58"/>
        <source>版本记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="187"/>
        <source>拒收理由（每行一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="190"/>
        <source>保存设置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="231"/>
        <source>已保存 %1 项设置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="125"/>
        <source>登录密码(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="126"/>
        <source>证书口令(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="129"/>
        <source>签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/reports.py" line="137"/>
        <source>请输入登录密码和证书口令。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/signing_page.ui" line="12"/>
        <source>待签发报告（审核已通过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="25"/>
        <source>选中一行按 Enter 预览；Ctrl+A 全选后“签发所选”可批量签发。签发时需再次输入登录密码和证书口令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="30"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="31"/>
        <source>预览(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="32"/>
        <source>签发所选(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_page.ui" line="40"/>
        <source>报告预览（未签发）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../labdesk/gui/tasks.py" line="120"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message>
        <location filename="../../ui/testing_page.ui" line="12"/>
        <source>盲样队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="16"/>
        <source>扫描或输入盲样编号 / 检验样品编号，回车打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="29"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="30"/>
        <source>仪器数据导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="39"/>
        <source>请选择样品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="59"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="60"/>
        <source>重新测定本项(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="61"/>
        <source>修改记录(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="63"/>
        <source>提交审核(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/testing_page.ui" line="77"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="44"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="44"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="44"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="44"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="44"/>
        <source>最近登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="73"/>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="73"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="73"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="89"/>
        <source>编辑用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="100"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="128"/>
        <source>已创建用户 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="134"/>
        <source>已保存 %1 的角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="146"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="146"/>
        <source>新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/admin.py" line="152"/>
        <source>密码已重置，用户下次登录时须修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="30"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="31"/>
        <source>样品接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="33"/>
        <source>检验录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="35"/>
        <source>结果审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="37"/>
        <source>报告签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="39"/>
        <source>抽查计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="41"/>
        <source>判定规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="43"/>
        <source>报告管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="45"/>
        <source>送达与处置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labdesk/gui/pages/__init__.py" line="47"/>
        <source>系统管理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
