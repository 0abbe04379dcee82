<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AcceptDialog</name>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="36" />
      <location filename="../../counter_app/ui/accept_dialog.py" line="74" />
      <source>Accept application</source>
      <translation>受理申请</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="38" />
      <source>Applicant:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="43" />
      <source>Reason:</source>
      <translation>申领原因：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="48" />
      <source>Fee (yuan):</source>
      <translation>收费（元）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="52" />
      <source>Pickup:</source>
      <translation>领取方式：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="53" />
      <source>A temporary ID card is issued as well</source>
      <translation>同时办理临时居民身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="56" />
      <source>80 mm receipt roll</source>
      <translation>80毫米小票</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="58" />
      <source>Receipt:</source>
      <translation>凭证纸张：</translation>
    </message>
  </context>
  <context>
    <name>ArrivalsPage</name>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="81" />
      <source>Import dispatch list…</source>
      <translation>导入到证清单…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="83" />
      <source>Confirm arrival</source>
      <translation>确认入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="86" />
      <source>Choose a CSV or XLSX dispatch list to check it before anything changes.</source>
      <translation>请选择 CSV 或 XLSX 到证清单，先核对，确认后才入库。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="88" />
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="88" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="111" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="288" />
      <source>Acceptance no.</source>
      <translation>受理号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="88" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="111" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="288" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="89" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="89" />
      <source>Remark</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="91" />
      <source>Scan a card's acceptance number to shelve it</source>
      <translation>扫描证件受理号条码，入库并分配存放位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="94" />
      <source>Print shelf list</source>
      <translation>打印存放清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="101" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="137" />
      <source>Card arrivals</source>
      <translation>到证入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="111" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="288" />
      <source>Arrived on</source>
      <translation>到证日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="112" />
      <source>Notify by</source>
      <translation>通知期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="112" />
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="112" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="289" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="113" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="288" />
      <source>Storage place</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="114" />
      <source>Mark notified by phone</source>
      <translation>标记已电话通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="116" />
      <source>Mark notified by SMS</source>
      <translation>标记已短信通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="118" />
      <source>Export SMS CSV…</source>
      <translation>导出短信CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="120" />
      <source>Print pickup notice</source>
      <translation>打印领证通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="122" />
      <source>Overdue pickups…</source>
      <translation>超期未领…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="130" />
      <source>To be notified</source>
      <translation>待通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="141" />
      <source>Import dispatch list</source>
      <translation>导入到证清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="142" />
      <source>Dispatch lists (*.csv *.xlsx)</source>
      <translation>到证清单 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="155" />
      <source>The file cannot be read: {reason}</source>
      <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="186" />
      <source>Stored at {place}</source>
      <translation>存放于 {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="192" />
      <source>{file}: {count} card(s) marked arrived, {other} row(s) left out</source>
      <translation>{file}：已入库 {count} 张，未入库 {other} 行</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="195" />
      <source>{file}: {total} row(s), {count} can be marked arrived, {other} cannot</source>
      <translation>{file}：共 {total} 行，可入库 {count} 行，不能入库 {other} 行</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="198" />
      <source> (this file was imported before)</source>
      <translation>（此文件以前已导入过）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="203" />
      <source>Arrived</source>
      <translation>已入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="203" />
      <source>OK</source>
      <translation>可入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="204" />
      <source>Left out</source>
      <translation>不入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="210" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="217" />
      <source>{count} holder(s) to notify</source>
      <translation>待通知 {count} 人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="226" />
      <source>Select the holders who were notified first.</source>
      <translation>请先选择已通知的证件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="237" />
      <source>Export SMS CSV</source>
      <translation>导出短信CSV</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="238" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="247" />
      <source>The file cannot be saved: {reason}</source>
      <translation>无法保存文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="252" />
      <source>Select one holder to print the pickup notice for.</source>
      <translation>请选择一张证件打印领证通知。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="259" />
      <source>Pickup notice {no}</source>
      <translation>领证通知 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="277" />
      <source>{name}: put it in {place}</source>
      <translation>{name}：请放入 {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="282" />
      <source>Shelf list</source>
      <translation>存放清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="287" />
      <source>Overdue pickups</source>
      <translation>超期未领清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="289" />
      <source>Days waiting</source>
      <translation>等待天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="289" />
      <source>Notified</source>
      <translation>已通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="290" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="290" />
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>CardLookupPage</name>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="38" />
      <source>Name, pinyin, last 4–6 digits of the ID number, acceptance no., phone ending</source>
      <translation>姓名、拼音、身份证号后4-6位、受理号、手机尾号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="93" />
      <source>Hand out</source>
      <translation>发证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="106" />
      <source>Timeline</source>
      <translation>办理经过</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="123" />
      <source>Type to search; a scanned acceptance number selects the card.</source>
      <translation>输入即查询；扫描受理号可直接选中证件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="129" />
      <source>First {count} card(s) shown; type more to narrow down</source>
      <translation>仅显示前 {count} 张，请输入更多内容缩小范围</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="132" />
      <source>{count} card(s) found</source>
      <translation>找到 {count} 张证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="167" />
      <source>Card lookup</source>
      <translation>领证查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="177" />
      <source>No card selected</source>
      <translation>未选择证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="188" />
      <source>Acceptance no.: {no}</source>
      <translation>受理号：{no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="189" />
      <source>ID number: {id}</source>
      <translation>身份证号：{id}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="190" />
      <source>Accepted: {at}</source>
      <translation>受理时间：{at}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="191" />
      <source>Promised by: {date}</source>
      <translation>承诺办结：{date}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="194" />
      <source>Phone: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
  </context>
  <context>
    <name>CardTableModel</name>
    <message>
      <location filename="../../counter_app/ui/card_table_model.py" line="17" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_table_model.py" line="18" />
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_table_model.py" line="19" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_table_model.py" line="20" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_table_model.py" line="21" />
      <source>Days waiting</source>
      <translation>等待天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_table_model.py" line="22" />
      <source>Storage place</source>
      <translation>存放位置</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <location filename="../../counter_app/ui/app.py" line="72" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="73" />
      <source>An unexpected error occurred; it was recorded in the log: {path}</source>
      <translation>出现意外错误，已记录到日志：{path}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="20" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="26" />
      <source>Service guide</source>
      <translation>服务指南</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="27" />
      <source>Card pickup</source>
      <translation>领证查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="28" />
      <source>Arrivals and notices</source>
      <translation>到证与通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="29" />
      <source>Notice history</source>
      <translation>告知记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="39" />
      <source>Clerk: {clerk}</source>
      <translation>窗口人员：{clerk}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="40" />
      <source>Database: {where}</source>
      <translation>数据库：{where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="45" />
      <source>Catalog problems: {count} (files left out: {files})</source>
      <translation>事项目录有 {count} 处错误（未载入的文件：{files}）</translation>
    </message>
  </context>
  <context>
    <name>MaterialsTable</name>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="122" />
      <source>Brought</source>
      <translation>已带</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="123" />
      <source>Material</source>
      <translation>材料名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="124" />
      <source>Original/copy</source>
      <translation>原件/复印件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="125" />
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="126" />
      <source>Necessity</source>
      <translation>必要性</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="127" />
      <source>Issued by</source>
      <translation>出具单位</translation>
    </message>
  </context>
  <context>
    <name>NoticeHistoryPage</name>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="27" />
      <source>Name, ID number (or its last 4–6 digits) or phone</source>
      <translation>姓名、身份证号（或后4至6位）或电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="30" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="34" />
      <source>Notice no.</source>
      <translation>告知单编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="35" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="36" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="37" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="38" />
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="39" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="40" />
      <source>Missing items</source>
      <translation>尚缺材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="41" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="64" />
      <source>Type a name, ID number or phone and press Enter.</source>
      <translation>输入姓名、身份证号或电话后按回车查询。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="76" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="81" />
      <source>{count} notice(s) found</source>
      <translation>找到 {count} 份告知单</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="79" />
      <source>Print preview</source>
      <translation>打印预览</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="93" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="95" />
      <location filename="../../counter_app/ui/pdf_preview.py" line="121" />
      <source>Save PDF</source>
      <translation>保存PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="97" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="100" />
      <source>{count} page(s)</source>
      <translation>共 {count} 页</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="117" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="117" />
      <source>Printing failed: {reason}</source>
      <translation>打印失败：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pdf_preview.py" line="121" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PickupDialog</name>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="36" />
      <location filename="../../counter_app/ui/pickup_dialog.py" line="99" />
      <source>Hand out card</source>
      <translation>发证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="41" />
      <source>The applicant in person</source>
      <translation>本人领取</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="42" />
      <source>A relative on the applicant's behalf</source>
      <translation>亲属代领</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="49" />
      <source>Proxy</source>
      <translation>代领人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="53" />
      <source>18-digit citizen ID number</source>
      <translation>18位公民身份号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="57" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="58" />
      <source>ID number:</source>
      <translation>身份证号：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="59" />
      <source>Relation:</source>
      <translation>关系：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="61" />
      <source>Before handing out</source>
      <translation>发证前确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="63" />
      <source>Old card collected</source>
      <translation>已收回旧证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="64" />
      <source>Temporary ID card returned</source>
      <translation>已收回临时身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pickup_dialog.py" line="69" />
      <source>Hand out</source>
      <translation>发证</translation>
    </message>
  </context>
  <context>
    <name>QuestionsPanel</name>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="40" />
      <source>No questions for this service.</source>
      <translation>本事项无需询问。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="64" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/checklist_widgets.py" line="108" />
      <source> (judged from the ID number)</source>
      <translation>（由身份证号自动判断）</translation>
    </message>
  </context>
  <context>
    <name>ServiceGuidePage</name>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="65" />
      <source>Type a name, pinyin or initials, e.g. csdj</source>
      <translation>输入名称、拼音或首字母，如 csdj</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="89" />
      <source>Legal basis:</source>
      <translation>设定依据：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="90" />
      <source>Fee:</source>
      <translation>收费：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="91" />
      <source>Statutory time limit:</source>
      <translation>法定时限：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="92" />
      <source>Promised time limit:</source>
      <translation>承诺时限：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="93" />
      <source>On the spot:</source>
      <translation>当场办结：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="95" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="99" />
      <source>18-digit citizen ID number</source>
      <translation>18位公民身份号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="104" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="105" />
      <source>ID number:</source>
      <translation>身份证号：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="107" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="109" />
      <source>Questions</source>
      <translation>情况询问</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="127" />
      <source>Print notice</source>
      <translation>打印告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="129" />
      <location filename="../../counter_app/ui/guide_page.py" line="303" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="131" />
      <location filename="../../counter_app/ui/guide_page.py" line="336" />
      <source>Accept</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="132" />
      <source>ID-card services: record the case and print the receipt</source>
      <translation>身份证业务：登记受理并打印领取凭证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="137" />
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="150" />
      <source>Materials</source>
      <translation>申请材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="196" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="196" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="203" />
      <source>Choose a service on the left</source>
      <translation>请在左侧选择办理事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="252" />
      <source>All materials present; the application can be accepted</source>
      <translation>材料齐全，可以受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="253" />
      <source>Still missing {count} item(s): {items}</source>
      <translation>尚缺 {count} 项：{items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="257" />
      <source> (only items that may be handed in later; the application can be accepted)</source>
      <translation>（均为容缺后补材料，可以先行受理）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="266" />
      <location filename="../../counter_app/ui/guide_page.py" line="270" />
      <source>Notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="266" />
      <source>The ID number is not valid: {reason}</source>
      <translation>身份证号有误：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="270" />
      <source>Please enter the applicant's name.</source>
      <translation>请填写申请人姓名。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="290" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="291" />
      <source>Print preview is not available on this computer (QtPdf missing); use Save as PDF.</source>
      <translation>本机无法打印预览（缺少 QtPdf 组件），请使用“另存为PDF”。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="293" />
      <source>One-time notice {no}</source>
      <translation>一次性告知单 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="303" />
      <source>notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="303" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="336" />
      <source>Accepted: {no}</source>
      <translation>已受理：{no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="338" />
      <source>Receipt {no}</source>
      <translation>领取凭证 {no}</translation>
    </message>
  </context>
</TS>