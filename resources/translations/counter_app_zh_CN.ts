<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ErrorHook</name>
    <message>
      <location filename="../../counter_app/ui/app.py" line="63" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="64" />
      <source>An unexpected error occurred; it was recorded in the log: {path}</source>
      <translation>出现意外错误，已记录到日志：{path}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="16" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="20" />
      <source>Service guide</source>
      <translation>服务指南</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="21" />
      <source>Notice history</source>
      <translation>告知记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="28" />
      <source>Clerk: {clerk}</source>
      <translation>窗口人员：{clerk}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="29" />
      <source>Database: {where}</source>
      <translation>数据库：{where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="34" />
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
      <location filename="../../counter_app/ui/guide_page.py" line="297" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="133" />
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="145" />
      <source>Materials</source>
      <translation>申请材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="191" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="191" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="198" />
      <source>Choose a service on the left</source>
      <translation>请在左侧选择办理事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="246" />
      <source>All materials present; the application can be accepted</source>
      <translation>材料齐全，可以受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="247" />
      <source>Still missing {count} item(s): {items}</source>
      <translation>尚缺 {count} 项：{items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="251" />
      <source> (only items that may be handed in later; the application can be accepted)</source>
      <translation>（均为容缺后补材料，可以先行受理）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="260" />
      <location filename="../../counter_app/ui/guide_page.py" line="264" />
      <source>Notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="260" />
      <source>The ID number is not valid: {reason}</source>
      <translation>身份证号有误：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="264" />
      <source>Please enter the applicant's name.</source>
      <translation>请填写申请人姓名。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="284" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="285" />
      <source>Print preview is not available on this computer (QtPdf missing); use Save as PDF.</source>
      <translation>本机无法打印预览（缺少 QtPdf 组件），请使用“另存为PDF”。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="287" />
      <source>One-time notice {no}</source>
      <translation>一次性告知单 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="297" />
      <source>notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="297" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
</TS>