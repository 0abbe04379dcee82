<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="45" />
      <source>About Counter Assistant</source>
      <translation>关于户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="50" />
      <source>Version:</source>
      <translation>版本：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="51" />
      <source>Python:</source>
      <translation>Python：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="52" />
      <source>Qt:</source>
      <translation>Qt：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="52" />
      <source>{qt} (PySide6 {pyside})</source>
      <translation>{qt}（PySide6 {pyside}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="53" />
      <source>Data folder:</source>
      <translation>数据文件夹：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="54" />
      <source>Log file:</source>
      <translation>日志文件：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="55" />
      <source>Backup folder:</source>
      <translation>备份文件夹：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="56" />
      <source>Database:</source>
      <translation>数据库：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="57" />
      <source>Clerk:</source>
      <translation>窗口人员：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="60" />
      <source>Counter Assistant (户籍窗口助手)</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="72" />
      <source>Open data folder</source>
      <translation>打开数据文件夹</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="74" />
      <source>Open log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="76" />
      <source>Copy details</source>
      <translation>复制信息</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="77" />
      <source>Copy these details to the clipboard, e.g. for a support request</source>
      <translation>将以上信息复制到剪贴板，如用于报修</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="94" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
  </context>
  <context>
    <name>AcceptDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="43" />
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="96" />
      <source>Accept application</source>
      <translation>受理申请</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="45" />
      <source>Applicant:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="50" />
      <source>Reason:</source>
      <translation>申领原因：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="55" />
      <source>Fee (yuan):</source>
      <translation>收费（元）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="59" />
      <source>Pickup:</source>
      <translation>领取方式：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="60" />
      <source>A temporary ID card is issued as well</source>
      <translation>同时办理临时居民身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="63" />
      <source>80 mm receipt roll</source>
      <translation>80毫米小票</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="68" />
      <source>Receipt:</source>
      <translation>凭证纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="73" />
      <source>A 16- or 17-year-old applying alone: call the guardian first and note the result (or why they could not be reached).</source>
      <translation>申请人16至17周岁、单独前来：请先联系其监护人，并记录联系结果（未能联系上的写明原因）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="79" />
      <source>e.g. mother reached by phone, agrees</source>
      <translation>如：已电话联系母亲，知情同意</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="81" />
      <source>Guardian contacted:</source>
      <translation>监护人联系情况：</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="164" />
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="177" />
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="182" />
      <source>Supervisor account</source>
      <translation>主管账户</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="165" />
      <source>The supervisor adds the clerks' accounts later, under User management.</source>
      <translation>窗口人员账户由主管日后在“用户管理”中添加。</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="50" />
      <source>Add a user</source>
      <translation>添加用户</translation>
    </message>
  </context>
  <context>
    <name>AdminActions</name>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="45" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="48" />
      <source>Backup written to {path} ({size:,} bytes).</source>
      <translation>备份已写入 {path}（{size:,} 字节）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="56" />
      <source>ID card cases</source>
      <translation>身份证业务</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="57" />
      <source>One-time notices</source>
      <translation>一次性告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="58" />
      <source>Counter service cases</source>
      <translation>窗口办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="59" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="60" />
      <source>Follow-ups</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="66" />
      <source>Purge old personal data</source>
      <translation>清除过期个人信息</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="78" />
      <source>The retention period is 0 (keep for ever): nothing is purged.</source>
      <translation>保存期限为 0（永久保存），不清除任何信息。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="81" />
      <source>The retention period is {years} year(s). Erase names, ID numbers, phones and notes of records finished before {date}? The records and counts stay; the personal data cannot be restored.</source>
      <translation>保存期限为 {years} 年。是否清除 {date} 之前已办结记录中的姓名、身份证号、电话和备注？记录和统计数保留，个人信息清除后无法恢复。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="95" />
      <source>Personal data erased from {total} record(s):</source>
      <translation>已清除 {total} 条记录的个人信息：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="102" />
      <source>Retention period</source>
      <translation>保存期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="107" />
      <source>Years after a record is finished (a card collected, a case done) before its personal data are erased; 0 keeps them for ever:</source>
      <translation>记录办结（证件已领取、业务已办结）后保存个人信息的年数，期满即清除；0 表示永久保存：</translation>
    </message>
  </context>
  <context>
    <name>ApplicantScreen</name>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="70" />
      <source>Applicant's screen</source>
      <translation>群众显示屏</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="95" />
      <source>Welcome. Please wait to be called.</source>
      <translation>欢迎来办事，请等候叫号。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="130" />
      <source>Office hours: {hours}</source>
      <translation>办公时间：{hours}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="131" />
      <source>Telephone: {phone}</source>
      <translation>联系电话：{phone}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="142" />
      <source>Applicant: {name}  {id} — please check</source>
      <translation>申请人：{name}　{id}　请核对</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="151" />
      <source>Still missing: {items}</source>
      <translation>尚缺：{items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="153" />
      <source>All materials are here.</source>
      <translation>材料齐全。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="156" />
      <source>Fee: {fee}</source>
      <translation>收费：{fee}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="157" />
      <source>Done by: {promised}</source>
      <translation>承诺办结：{promised}</translation>
    </message>
  </context>
  <context>
    <name>AppointmentTemplateDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="97" />
      <source>Appointment template</source>
      <translation>预约时段模板</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="101" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="102" />
      <source>Weekdays</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="103" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="104" />
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="105" />
      <source>Slot minutes</source>
      <translation>每时段分钟数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="106" />
      <source>Places per slot</source>
      <translation>每时段名额</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="107" />
      <source>Days</source>
      <translation>适用日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="108" />
      <source>Not on public holidays</source>
      <translation>法定节假日除外</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="119" />
      <source>Add block</source>
      <translation>添加时段组</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="121" />
      <source>Remove block</source>
      <translation>删除时段组</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="129" />
      <source>Weekdays: 1 = Monday … 7 = Sunday, e.g. 1-5 or 6,7. Working days and rest days follow the official calendar, make-up working days included. Times as 17:30.</source>
      <translation>星期：1 = 星期一 … 7 = 星期日，如 1-5 或 6,7。工作日和休息日按国家法定日历（含调休上班日）。时间格式如 17:30。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="147" />
      <source>Working days</source>
      <translation>工作日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="147" />
      <source>Rest days</source>
      <translation>休息日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="147" />
      <source>Any day</source>
      <translation>每天</translation>
    </message>
  </context>
  <context>
    <name>AppointmentsPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="125" />
      <source>◀ Previous day</source>
      <translation>◀ 前一天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="130" />
      <source>Next day ▶</source>
      <translation>后一天 ▶</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="132" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="134" />
      <source>Generate slots for this day</source>
      <translation>生成当日时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="135" />
      <source>Create the template's slots; existing slots stay as they are</source>
      <translation>按模板生成预约时段；已有时段保持不变</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="138" />
      <source>Generate the next {days} days</source>
      <translation>生成此后 {days} 天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="141" />
      <source>Print tomorrow's list</source>
      <translation>打印明日名单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <source>Capacity</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <source>Booked</source>
      <translation>已约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <source>Free</source>
      <translation>余位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="154" />
      <source>Slots</source>
      <translation>预约时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="164" />
      <source>Book…</source>
      <translation>预约登记…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="166" />
      <source>Check in</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="168" />
      <source>Mark no-show</source>
      <translation>标记未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="170" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="354" />
      <source>Cancel booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="172" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="362" />
      <source>Mark no-shows for the day</source>
      <translation>标记当日未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="173" />
      <source>Every booking still open after its slot ended becomes a no-show</source>
      <translation>时段结束后仍未到场的预约均记为未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="177" />
      <source>Confirmation code</source>
      <translation>确认码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="180" />
      <source>Check in by code</source>
      <translation>凭确认码到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="181" />
      <source>The code the applicant got when booking, e.g. on the station's web page</source>
      <translation>申请人预约时得到的确认码（如在派出所网站上预约）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="190" />
      <source>Bookings</source>
      <translation>预约名单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="227" />
      <source>No slots on this day. Generate them from the template.</source>
      <translation>当日没有预约时段，请按模板生成。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="246" />
      <source>Bookings of the day</source>
      <translation>当日预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="249" />
      <source>Bookings {start}–{end}</source>
      <translation>{start}–{end} 预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="275" />
      <source>This slot is fully booked</source>
      <translation>该时段已约满</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="91" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="290" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="320" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="333" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="364" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="380" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="295" />
      <source>{count} slot(s) created from {first} to {last}</source>
      <translation>已生成 {first} 至 {last} 的 {count} 个时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="310" />
      <source>Booked: {name}, {time}</source>
      <translation>已预约：{name}，{time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="327" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="341" />
      <source>{name} checked in</source>
      <translation>{name} 已到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="345" />
      <source>{name} marked as no-show</source>
      <translation>{name} 已标记未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="351" />
      <source>Cancel the booking of {name} ({time})? The place becomes free again.</source>
      <translation>取消 {name}（{time}）的预约？该名额将重新空出。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="355" />
      <source>Booking of {name} cancelled</source>
      <translation>已取消 {name} 的预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="359" />
      <source>Mark every booking of {day} still open after its slot ended as a no-show?</source>
      <translation>将 {day} 时段已结束仍未到场的预约全部标记为未到？</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="368" />
      <source>{count} booking(s) marked as no-show</source>
      <translation>{count} 个预约已标记未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="374" />
      <source>Appointments {day}</source>
      <translation>预约名单 {day}</translation>
    </message>
  </context>
  <context>
    <name>ArrivalsPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="102" />
      <source>Import dispatch list…</source>
      <translation>导入到证清单…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="104" />
      <source>Confirm arrival</source>
      <translation>确认入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="111" />
      <source>Choose a CSV or XLSX dispatch list to check it before anything changes.</source>
      <translation>请选择 CSV 或 XLSX 到证清单，先核对，确认后才入库。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="113" />
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="113" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="140" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Acceptance no.</source>
      <translation>受理号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="113" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="140" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="114" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="114" />
      <source>Remark</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="116" />
      <source>Scan a card's acceptance number to shelve it</source>
      <translation>扫描证件受理号条码，入库并分配存放位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="119" />
      <source>Print shelf list</source>
      <translation>打印存放清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="126" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="168" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="172" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="237" />
      <source>Card arrivals</source>
      <translation>到证入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="140" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Arrived on</source>
      <translation>到证日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="141" />
      <source>Notify by</source>
      <translation>通知期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="141" />
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="141" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="378" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="142" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Storage place</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="143" />
      <source>Mark notified by phone</source>
      <translation>标记已电话通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="145" />
      <source>Mark notified by SMS</source>
      <translation>标记已短信通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="147" />
      <source>Export SMS CSV…</source>
      <translation>导出短信CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="151" />
      <source>Print pickup notice</source>
      <translation>打印领证通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="153" />
      <source>Overdue pickups…</source>
      <translation>超期未领…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="161" />
      <source>To be notified</source>
      <translation>待通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="176" />
      <source>Import dispatch list</source>
      <translation>导入到证清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="177" />
      <source>Dispatch lists (*.csv *.xlsx)</source>
      <translation>到证清单 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="206" />
      <source>Choose the sheet</source>
      <translation>选择工作表</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="207" />
      <source>Several sheets of this workbook hold a dispatch list. Which one do you want to import?</source>
      <translation>该工作簿有多个工作表都是到证清单，要导入哪一个？</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="223" />
      <source>Commit the {good} good row(s) and put the {problems} problem row(s) on the to-do list</source>
      <translation>只入库没有问题的 {good} 行，把 {problems} 个问题行列入待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="235" />
      <source>The problem rows stay not arrived until they are sorted out; each one goes on the to-do list with its acceptance number, row and problem.</source>
      <translation>问题行在处理好之前仍为未到达；每一行都会连同受理号、行号和问题列入待办。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="266" />
      <source>Stored at {place}</source>
      <translation>存放于 {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="279" />
      <source>{file}: {count} card(s) marked arrived</source>
      <translation>{file}：已入库 {count} 张</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="281" />
      <source>; {problems} problem row(s) put on the to-do list</source>
      <translation>；{problems} 行有问题，已列入待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="283" />
      <source>{file}: {problems} of {total} row(s) have a problem, listed first. Nothing can be committed until they are corrected at the source and the list is imported again — or commit the {count} good row(s) and put the problems on the to-do list.</source>
      <translation>{file}：共 {total} 行，其中 {problems} 行有问题（列在最前）。在源头改正并重新导入之前，整份清单都不能入库；也可以只入库没有问题的 {count} 行，并把问题行列入待办。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="288" />
      <source>{file}: {total} row(s), {count} can be marked arrived, {other} already recorded</source>
      <translation>{file}：共 {total} 行，可入库 {count} 行，已登记过 {other} 行</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="291" />
      <source> (sheet {sheet})</source>
      <translation>（工作表「{sheet}」）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="300" />
      <source>To-do list</source>
      <translation>已列入待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="300" />
      <source>Problem</source>
      <translation>有问题</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="301" />
      <source>Already recorded</source>
      <translation>已登记过</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="293" />
      <source> (this file was imported before)</source>
      <translation>（此文件以前已导入过）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="72" />
      <source>Arrivals and notices</source>
      <translation>到证与通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="298" />
      <source>Arrived</source>
      <translation>已入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="298" />
      <source>OK</source>
      <translation>可入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="307" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="314" />
      <source>{count} holder(s) to notify</source>
      <translation>待通知 {count} 人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="323" />
      <source>Select the holders who were notified first.</source>
      <translation>请先选择已通知的证件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="332" />
      <source>Export SMS CSV</source>
      <translation>导出短信CSV</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="333" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="342" />
      <source>Select one holder to print the pickup notice for.</source>
      <translation>请选择一张证件打印领证通知。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="344" />
      <source>Pickup notice {no}</source>
      <translation>领证通知 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="363" />
      <source>{name}: put it in {place}</source>
      <translation>{name}：请放入 {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="368" />
      <source>Shelf list</source>
      <translation>存放清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="376" />
      <source>Overdue pickups</source>
      <translation>超期未领清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="378" />
      <source>Days waiting</source>
      <translation>等待天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="378" />
      <source>Notified</source>
      <translation>已通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="379" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="379" />
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="148" />
      <source>Beginning of the action name, e.g. card. for every card action</source>
      <translation>操作名称的开头，如 card. 表示所有证件操作</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="150" />
      <source>Acceptance no., notice no., searched text…</source>
      <translation>受理号、告知单编号、查询内容…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="154" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="156" />
      <source>Export CSV…</source>
      <translation>导出CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="160" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="162" />
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="164" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="166" />
      <source>Workstation</source>
      <translation>工作站</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="168" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="170" />
      <source>Target contains</source>
      <translation>对象包含</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="191" />
      <source>◀ Previous 500</source>
      <translation>◀ 前 500 条</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="192" />
      <source>Next 500 ▶</source>
      <translation>后 500 条 ▶</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="202" />
      <source>Verify the log now</source>
      <translation>立即校验日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="230" />
      <source>Only a supervisor may view the audit log.</source>
      <translation>只有主管可以查看审计日志。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="127" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="248" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="270" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="287" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="331" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="334" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="252" />
      <source>The audit log has not been verified yet.</source>
      <translation>审计日志尚未校验过。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="254" />
      <source>Audit log intact: {count} entries verified, triggers in place ({at}).</source>
      <translation>审计日志完整：已校验 {count} 条，防篡改触发器齐全（{at}）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="256" />
      <source>Audit log verification FAILED at entry {id}: {reason} ({at}).</source>
      <translation>审计日志校验未通过：第 {id} 号记录{reason}（{at}）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="263" />
      <source>Refused number searches in the last 7 days: {count}.</source>
      <translation>近 7 天被拒绝的按号码查询：{count} 次。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="306" />
      <source>Entries {first}–{last}, newest first</source>
      <translation>第 {first}–{last} 条，最新的在前</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="311" />
      <source>No entries match.</source>
      <translation>没有符合条件的记录。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="317" />
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="317" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="330" />
      <source>{count} entries written to {path}</source>
      <translation>已将 {count} 条记录写入 {path}</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="80" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="81" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="82" />
      <source>Workstation</source>
      <translation>工作站</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="83" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="84" />
      <source>Target</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="85" />
      <source>Detail</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="38" />
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="114" />
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="126" />
      <source>Book an appointment</source>
      <translation>预约登记</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="41" />
      <source>{day}  {start}–{end}   {free} of {capacity} place(s) free</source>
      <translation>{day}  {start}–{end}   余 {free} / {capacity} 个名额</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="53" />
      <source>Mobile or landline with area code</source>
      <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="56" />
      <source>Filter: name, pinyin or initials</source>
      <translation>筛选：名称、拼音或首字母</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="60" />
      <source>Choose a service</source>
      <translation>请选择事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="70" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="71" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="72" />
      <source>Service:</source>
      <translation>事项：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="73" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="75" />
      <source>Book</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="76" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="110" />
      <source>Choose a service from the list.</source>
      <translation>请从列表中选择事项。</translation>
    </message>
  </context>
  <context>
    <name>CardLookupPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="45" />
      <source>Card pickup</source>
      <translation>领证查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="68" />
      <source>Name, pinyin, last 4–6 digits of the ID number, acceptance no., phone ending</source>
      <translation>姓名、拼音、身份证号后4-6位、受理号、手机尾号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="118" />
      <source>Hand &amp;out</source>
      <translation>发证(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="121" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="259" />
      <source>Show full numbers</source>
      <translation>显示完整号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="122" />
      <source>Supervisor only; every use is recorded in the audit log</source>
      <translation>仅限主管；每次使用均记入审计日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="136" />
      <source>Timeline</source>
      <translation>办理经过</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="152" />
      <source>{found} · the ID card read expired on {date}</source>
      <translation>{found} · 所刷身份证已于 {date} 过期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="162" />
      <source>Type to search; a scanned acceptance number selects the card.</source>
      <translation>输入即查询；扫描受理号可直接选中证件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="173" />
      <source>First {count} card(s) shown; type more to narrow down</source>
      <translation>仅显示前 {count} 张，请输入更多内容缩小范围</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="176" />
      <source>{count} card(s) found</source>
      <translation>找到 {count} 张证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="216" />
      <source>Card lookup</source>
      <translation>领证查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="223" />
      <source>No card selected</source>
      <translation>未选择证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="236" />
      <source>Acceptance no.: {no}</source>
      <translation>受理号：{no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="237" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="265" />
      <source>ID number: {id}</source>
      <translation>身份证号：{id}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="238" />
      <source>Accepted: {at}</source>
      <translation>受理时间：{at}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="239" />
      <source>Promised by: {date}</source>
      <translation>承诺办结：{date}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="242" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="267" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="268" />
      <source>Phone: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="280" />
      <source>Receipt {no}</source>
      <translation>领取凭证 {no}</translation>
    </message>
  </context>
  <context>
    <name>CardReaderDesk</name>
    <message>
      <location filename="../../counter_app/ui/card_reader.py" line="100" />
      <source>ID-card reader library not found: {path}</source>
      <translation>找不到读卡器驱动库：{path}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_reader.py" line="145" />
      <source>ID-card reader</source>
      <translation>身份证读卡器</translation>
    </message>
  </context>
  <context>
    <name>CardTableModel</name>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="17" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="18" />
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="19" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="20" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="21" />
      <source>Days waiting</source>
      <translation>等待天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="22" />
      <source>Storage place</source>
      <translation>存放位置</translation>
    </message>
  </context>
  <context>
    <name>CloseDayDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="53" />
      <source>Close the day {day}</source>
      <translation>日结 {day}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="57" />
      <source>{count} same-day case(s) are not done. Give a reason for each: it goes to the follow-up notebook for the next working day.</source>
      <translation>有 {count} 件当日办业务未办结。请逐件填写原因，将转入下一工作日的待办。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="61" />
      <source>Every same-day case of this day is finished.</source>
      <translation>当日办业务已全部办结。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="67" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="68" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="69" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="70" />
      <source>Deadline</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="71" />
      <source>Reason not done</source>
      <translation>未办结原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="87" />
      <source>Close the day</source>
      <translation>日结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="106" />
      <source>Choose or type a reason</source>
      <translation>选择或输入原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="125" />
      <source>{count} case(s) still need a reason</source>
      <translation>还有 {count} 件未填原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="136" />
      <source>{closed} case(s) marked not done, {follow_ups} follow-up(s) created; {done} of {total} same-day case(s) were finished.</source>
      <translation>{closed} 件记为未办结，新建待办 {follow_ups} 条；当日办共 {total} 件，已办结 {done} 件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="140" />
      <source>{count} case(s) were finished meanwhile and left as they are.</source>
      <translation>{count} 件已在此期间办结，保持不变。</translation>
    </message>
  </context>
  <context>
    <name>DatabasePage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="46" />
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="82" />
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="213" />
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="220" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="47" />
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="137" />
      <source>Where this counter keeps its records.</source>
      <translation>本窗口的记录保存在哪里。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="52" />
      <source>This computer (a single counter)</source>
      <translation>本机（单个窗口）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="53" />
      <source>A shared PostgreSQL server (several counters)</source>
      <translation>共用的 PostgreSQL 服务器（多个窗口）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="57" />
      <source>Database file: {path}</source>
      <translation>数据库文件：{path}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="62" />
      <source>Paste the address the other counters use; it fills the fields below.</source>
      <translation>粘贴其他窗口使用的数据库地址，下面各项会自动填好。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="66" />
      <source>host name or IP address</source>
      <translation>主机名或 IP 地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="73" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="77" />
      <source>PostgreSQL server</source>
      <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="79" />
      <source>Address (optional)</source>
      <translation>地址（可选）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="80" />
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="81" />
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="83" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="84" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="88" />
      <source>Enter the counters' role here, not the database owner. The owner first upgrades the database and creates this role on the server (see “Privacy and audit” in the manual); the counters' role may read and write records and only add to the audit log.</source>
      <translation>此处填写窗口账户，不要填数据库所有者。所有者须先在服务器上升级数据库并建立此窗口账户（见说明书“隐私与审计”一节）；窗口账户可读写业务记录，审计日志只能追加。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="135" />
      <source>The shared PostgreSQL server the station's other counters use.</source>
      <translation>本所其他窗口共用的 PostgreSQL 数据库服务器。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="179" />
      <source>This computer: {path}</source>
      <translation>本机：{path}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="180" />
      <source>PostgreSQL server: {url}</source>
      <translation>PostgreSQL 服务器：{url}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="203" />
      <source>Connection succeeded.</source>
      <translation>连接成功。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="219" />
      <source>This database holds no station yet (no user accounts). Check the database name, or go back and choose to set up a new station.</source>
      <translation>这个数据库里还没有派出所的设置（没有任何账户）。请检查数据库名称，或返回选择“新建派出所”。</translation>
    </message>
  </context>
  <context>
    <name>DeviceSettingsBox</name>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="27" />
      <source>ID-card reader and applicant's screen</source>
      <translation>身份证读卡器和群众显示屏</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="30" />
      <source>{name} beside the program or on PATH</source>
      <translation>程序目录或 PATH 中的 {name}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="31" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="38" />
      <source>Find it (USB, then serial)</source>
      <translation>自动查找（先 USB，后串口）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="40" />
      <source>USB {port}</source>
      <translation>USB {port}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="42" />
      <source>Serial COM{port}</source>
      <translation>串口 COM{port}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="46" />
      <source>The second screen, when one is attached</source>
      <translation>接有第二块屏幕时使用第二块屏幕</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="47" />
      <source>None</source>
      <translation>不使用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="51" />
      <source>{name} (not attached)</source>
      <translation>{name}（未连接）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="56" />
      <source>Reader library:</source>
      <translation>读卡器驱动库：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="57" />
      <source>Reader port:</source>
      <translation>读卡器端口：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="58" />
      <source>Applicant's screen:</source>
      <translation>群众显示屏：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="61" />
      <source>Reader library</source>
      <translation>读卡器驱动库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="62" />
      <source>Libraries (*.dll *.so)</source>
      <translation>驱动库 (*.dll *.so)</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <location filename="../../counter_app/ui/feedback.py" line="109" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/feedback.py" line="153" />
      <source>An unexpected error occurred; it was recorded in the log: {path}</source>
      <translation>出现意外错误，已记录到日志：{path}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="101" />
      <source>First start: create the supervisor account</source>
      <translation>首次启动：创建主管账户</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="104" />
      <source>No user account exists yet. Create the supervisor account; the supervisor then adds the clerks' accounts under User management.</source>
      <translation>尚无用户账户。请先创建主管账户，再由主管在“用户管理”中添加窗口人员账户。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="213" />
      <source>Counter Assistant — set-up</source>
      <translation>户籍窗口助手 — 初始设置</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="217" />
      <source>&lt; Back</source>
      <translation>&lt; 上一步</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="218" />
      <source>Next &gt;</source>
      <translation>下一步 &gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="219" />
      <source>Finish</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="220" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="253" />
      <source>This counter: {name}</source>
      <translation>本窗口：{name}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="254" />
      <source>{computer} (the computer's name)</source>
      <translation>{computer}（计算机名）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="259" />
      <source>Join the existing station in {where}: its station details and its {count} user account(s) are used; nothing in that database is changed.</source>
      <translation>加入 {where} 中已有的派出所：沿用其单位信息和 {count} 个账户，不修改该数据库中的任何内容。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="267" />
      <source>Station: {name} (office code {office}, station code {code})</source>
      <translation>派出所：{name}（受理机关代码 {office}，派出所代码 {code}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="270" />
      <source>Address: {address}; phone: {phone}</source>
      <translation>地址：{address}；电话：{phone}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="271" />
      <source>Hours: {hours}</source>
      <translation>办公时间：{hours}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="276" />
      <source>The chosen database already has {count} user account(s): its station details and accounts are kept; only this computer's database and printer choice is saved.</source>
      <translation>所选数据库已有 {count} 个用户账户：保留其中的派出所信息和账户，只保存本机的数据库和打印机选择。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="281" />
      <source>Supervisor: {user}</source>
      <translation>主管：{user}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="282" />
      <source>Database: {where}</source>
      <translation>数据库：{where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="288" />
      <source>system default</source>
      <translation>系统默认</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="290" />
      <source>A4 printer: {printer} ({paper})</source>
      <translation>A4 打印机：{printer}（{paper}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="293" />
      <source>Receipt printer: {printer} ({paper})</source>
      <translation>凭证打印机：{printer}（{paper}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="313" />
      <source>Set-up</source>
      <translation>初始设置</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="42" />
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="89" />
      <source>New follow-up</source>
      <translation>新建待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="51" />
      <source>What is to be done, e.g. call back about the move-in papers</source>
      <translation>待办内容，如：回电告知迁入材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="54" />
      <source>Optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="61" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="62" />
      <source>To do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="63" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="64" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="65" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="42" />
      <source>To do: {open} ({overdue} overdue)</source>
      <translation>待办 {open}（超期 {overdue}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="45" />
      <source>To do: {open}</source>
      <translation>待办 {open}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="55" />
      <source>To do</source>
      <comment>tab</comment>
      <translation>待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="71" />
      <source>Show done</source>
      <translation>显示已完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="73" />
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="75" />
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="208" />
      <source>Tick done</source>
      <translation>标记完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="76" />
      <source>Mark the selected matter done (or double-click it, or press Enter)</source>
      <translation>将选中事项标记为完成（或双击、按回车）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="78" />
      <source>Reopen</source>
      <translation>撤销完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="79" />
      <source>Undo a tick given by mistake</source>
      <translation>撤销误标的完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="85" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="86" />
      <source>To do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="87" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="88" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="89" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="90" />
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="91" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="92" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message numerus="yes">
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="120" />
      <source>overdue %n day(s)</source>
      <translation>
        <numerusform>超期 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="121" />
      <source>due today</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="166" />
      <source>{open} open, {overdue} overdue</source>
      <translation>未完成 {open}，超期 {overdue}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="209" />
      <source>Done: {title}
Note (optional):</source>
      <translation>完成：{title}
备注（选填）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="224" />
      <source>Follow-ups</source>
      <translation>待办事项</translation>
    </message>
  </context>
  <context>
    <name>GuideNoticeActions</name>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="62" />
      <source>The ID number is not valid: {reason}</source>
      <translation>身份证号有误：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="66" />
      <source>Please enter the applicant's name.</source>
      <translation>请填写申请人姓名。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="100" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="114" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="125" />
      <source>Notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="135" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="153" />
      <source>One-time notice {no}</source>
      <translation>一次性告知单 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="144" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="167" />
      <source>notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="151" />
      <source>One-time notice {no} (given offline; recorded when the server is back)</source>
      <translation>一次性告知单 {no}（离线开具，数据库恢复后自动登记）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="167" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="167" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>GuideServing</name>
    <message>
      <location filename="../../counter_app/ui/pages/guide_serving.py" line="116" />
      <source>The checklist says:
{alerts}

Accept anyway?</source>
      <translation>告知提示：
{alerts}

仍要受理吗？</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_serving.py" line="118" />
      <source>Accept</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_serving.py" line="137" />
      <source>Receipt {no}</source>
      <translation>领取凭证 {no}</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="21" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="25" />
      <source>Keyboard shortcuts</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="27" />
      <source>Open data folder</source>
      <translation>打开数据文件夹</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="28" />
      <source>About Counter Assistant…</source>
      <translation>关于户籍窗口助手…</translation>
    </message>
  </context>
  <context>
    <name>LockOverlay</name>
    <message>
      <location filename="../../counter_app/ui/idle_lock.py" line="70" />
      <source>Locked — enter the password of {user}</source>
      <translation>已锁屏 — 请输入 {user} 的密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/idle_lock.py" line="76" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="140" />
      <source>Counter Assistant — log in</source>
      <translation>户籍窗口助手 — 登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="147" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="148" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
  </context>
  <context>
    <name>MainMenu</name>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="29" />
      <source>&amp;Counter</source>
      <translation>窗口(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="30" />
      <source>Lock screen</source>
      <translation>锁屏</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="31" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="32" />
      <source>Change my password…</source>
      <translation>修改我的密码…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="33" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="35" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="37" />
      <source>&amp;Station</source>
      <translation>本所设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="38" />
      <source>Office hours…</source>
      <translation>办公时间…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="40" />
      <source>Users…</source>
      <translation>用户管理…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="42" />
      <source>Retention of personal data…</source>
      <translation>个人信息保存期限…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="44" />
      <source>Purge expired personal data now…</source>
      <translation>立即清除过期个人信息…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="51" />
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="60" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="65" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="108" />
      <source>Demo data: user {user}, password {password}</source>
      <translation>演示数据：用户 {user}，密码 {password}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="156" />
      <source>Clerk: {clerk}</source>
      <translation>窗口人员：{clerk}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="157" />
      <source>Database: {where}</source>
      <translation>数据库：{where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="162" />
      <source>Open the to-do notebook</source>
      <translation>打开待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="170" />
      <source>Catalog problems: {count} (files left out: {files})</source>
      <translation>事项目录有 {count} 处错误（未载入的文件：{files}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="339" />
      <source>{count} notice(s) printed during the outage recorded: {numbers}</source>
      <translation>断网期间打印的 {count} 份告知单已登记：{numbers}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="355" />
      <source>Not available: the database server cannot be reached</source>
      <translation>暂不可用：无法连接数据库服务器</translation>
    </message>
  </context>
  <context>
    <name>MaterialsTable</name>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="126" />
      <source>Brought</source>
      <translation>已带</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="127" />
      <source>Material</source>
      <translation>材料名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="128" />
      <source>Original/copy</source>
      <translation>原件/复印件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="129" />
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="130" />
      <source>Necessity</source>
      <translation>必要性</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="131" />
      <source>Issued by</source>
      <translation>出具单位</translation>
    </message>
  </context>
  <context>
    <name>NewAccountForm</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="56" />
      <source>letters, digits or a police number</source>
      <translation>字母、数字或警号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="61" />
      <source>at least 8 characters, not digits only</source>
      <translation>至少 8 位，不能全为数字</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="64" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="65" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="68" />
      <source>Clerk</source>
      <translation>窗口人员</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="69" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="70" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="71" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="72" />
      <source>Password again</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="77" />
      <source>The two passwords differ; type the same password twice.</source>
      <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>NoticeHistoryPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="32" />
      <source>Notice history</source>
      <translation>告知记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="41" />
      <source>Name, ID number (or its last 4–6 digits) or phone</source>
      <translation>姓名、身份证号（或后4至6位）或电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="44" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="48" />
      <source>Notice no.</source>
      <translation>告知单编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="49" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="50" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="51" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="52" />
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="53" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="54" />
      <source>Missing items</source>
      <translation>尚缺材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="55" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="60" />
      <source>&amp;Reprint</source>
      <translation>重新打印(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="61" />
      <source>Print the selected notice again: same number, recorded as a reprint (Ctrl+P)</source>
      <translation>重新打印选中的告知单：编号不变，记为补打（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="81" />
      <source>Type a name, ID number or phone and press Enter.</source>
      <translation>输入姓名、身份证号或电话后按回车查询。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="93" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="98" />
      <source>{count} notice(s) found</source>
      <translation>找到 {count} 份告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="109" />
      <source>One-time notice {no} (reprint)</source>
      <translation>一次性告知单 {no}（补打）</translation>
    </message>
  </context>
  <context>
    <name>OfficeHoursDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="73" />
      <source>Office hours</source>
      <translation>办公时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="77" />
      <source>Regular periods</source>
      <translation>常规办公时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="77" />
      <source>Weekend duty periods</source>
      <translation>周末值班时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="83" />
      <source>Periods as 08:30-12:00, 14:00-17:30; the gap between two periods is the lunch break; leave empty for a day without service</source>
      <translation>时段格式如 08:30-12:00, 14:00-17:30；两时段之间为午休；当天不办公则留空</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="91" />
      <source>Extended service on working days until</source>
      <translation>工作日延时服务至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="110" />
      <source>A make-up working day follows the schedule of</source>
      <translation>调休上班日参照</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="116" />
      <source>Statutory holidays and make-up working days come from the chinese-calendar package plus the station file {path} (for years the package does not know yet).</source>
      <translation>法定节假日和调休上班日取自 chinese-calendar 数据包，以及本所文件 {path}（用于数据包尚未收录的年份）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="131" />
      <source>Periods per weekday, e.g. 08:30-12:00, 14:00-17:30 (the gap is the lunch break). Weekend duty counts as after hours.</source>
      <translation>按星期填写办公时段，如 08:30-12:00, 14:00-17:30（中间为午休）。周末值班计为延时服务。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="149" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="150" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="151" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="152" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="153" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="154" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="155" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
  </context>
  <context>
    <name>OfficeStatus</name>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="27" />
      <source>{minutes} min</source>
      <translation>{minutes} 分钟</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="28" />
      <source>{hours} h {minutes:02d} min</source>
      <translation>{hours} 小时 {minutes:02d} 分钟</translation>
    </message>
  </context>
  <context>
    <name>OfficeStatusLabel</name>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="66" />
      <source>Regular hours · lunch break in {left} ({time})</source>
      <translation>正常办公 · 距午休 {left}（{time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="68" />
      <source>Regular hours · closes in {left} ({time})</source>
      <translation>正常办公 · 距下班 {left}（{time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="71" />
      <source>Lunch break — extended service</source>
      <translation>午间延时服务中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="73" />
      <source>After hours — extended service until {time}</source>
      <translation>延时服务中 · 至 {time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="75" />
      <source>Weekend duty · ends in {left} ({time})</source>
      <translation>周末值班 · 距结束 {left}（{time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="77" />
      <source>Closed — public holiday</source>
      <translation>法定节假日休息</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="78" />
      <source>Closed</source>
      <translation>非办公时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="85" />
      <source>Opens again at {time}</source>
      <translation>{time} 恢复办公</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="86" />
      <source>Opens again on {date} at {time}</source>
      <translation>{date} {time} 恢复办公</translation>
    </message>
  </context>
  <context>
    <name>OperationRunner</name>
    <message>
      <location filename="../../counter_app/ui/operation_runner.py" line="221" />
      <source>The file {file} cannot be used: {reason}</source>
      <translation>文件 {file} 无法使用：{reason}</translation>
    </message>
  </context>
  <context>
    <name>OutageBanner</name>
    <message>
      <location filename="../../counter_app/ui/connection.py" line="175" />
      <source>Retry now</source>
      <translation>立即重试</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/connection.py" line="188" />
      <source>Cannot reach the database server {where} · retrying · last success {time}</source>
      <translation>无法连接数据库服务器 {where} · 正在重试 · 最近一次成功 {time}</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="96" />
      <source>New password for {user}</source>
      <translation>{user} 的新密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="105" />
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="106" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="107" />
      <source>New password again</source>
      <translation>确认新密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="110" />
      <source>Resetting the password also lifts a lockout.</source>
      <translation>重置密码同时解除账户锁定。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="120" />
      <source>The two passwords differ; type the same password twice.</source>
      <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="92" />
      <source>Print preview</source>
      <translation>打印预览</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="106" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="108" />
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="140" />
      <source>Save PDF</source>
      <translation>保存PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="110" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="113" />
      <source>{count} page(s)</source>
      <translation>共 {count} 页</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="136" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="136" />
      <source>Printing failed: {reason}</source>
      <translation>打印失败：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="140" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PickupDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="42" />
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="132" />
      <source>Hand out card</source>
      <translation>发证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="47" />
      <source>The applicant in person</source>
      <translation>本人领取</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="48" />
      <source>A relative on the applicant's behalf</source>
      <translation>亲属代领</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="55" />
      <source>Proxy</source>
      <translation>代领人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="59" />
      <source>18-digit citizen ID number</source>
      <translation>18位公民身份号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="63" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="64" />
      <source>ID number:</source>
      <translation>身份证号：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="65" />
      <source>Relation:</source>
      <translation>关系：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="67" />
      <source>Lay the collector's ID card on the reader to check who collects.</source>
      <translation>请领证人将身份证放在读卡器上，核验领证人身份。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="70" />
      <source>Before handing out</source>
      <translation>发证前确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="72" />
      <source>Old card collected</source>
      <translation>已收回旧证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="73" />
      <source>Temporary ID card returned</source>
      <translation>已收回临时身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="83" />
      <source>Hand out</source>
      <translation>发证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="106" />
      <source>ID card read: the applicant in person ({name} {id})</source>
      <translation>已读证：申请人本人（{name} {id}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="111" />
      <source>ID card read: not the applicant; proxy {name} {id}</source>
      <translation>已读证：非申请人本人，代领人 {name} {id}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="116" />
      <source>ID card expired on {date}</source>
      <translation>身份证已于 {date} 过期</translation>
    </message>
  </context>
  <context>
    <name>PrintersPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="46" />
      <source>This counter and its printers</source>
      <translation>本窗口和打印机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="47" />
      <source>Name this counter; choose the printer for A4 documents and the one for receipts; print a test page.</source>
      <translation>为本窗口命名；选择打印 A4 文书和打印凭证的打印机，并打印测试页。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="51" />
      <source>e.g. Window 2; empty: the computer's name ({name})</source>
      <translation>例如：2号窗口；不填则用计算机名（{name}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="59" />
      <source>A4 sheet</source>
      <translation>A4 纸</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="60" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="64" />
      <source>A5 sheet</source>
      <translation>A5 纸</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="63" />
      <source>80 mm roll</source>
      <translation>80毫米卷纸</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="67" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="69" />
      <source>Print test page</source>
      <translation>打印测试页</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="71" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="73" />
      <source>Save test page as PDF…</source>
      <translation>测试页另存为PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="77" />
      <source>Counter name (in messages and the audit log)</source>
      <translation>窗口名称（用于提示和审计日志）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="79" />
      <source>Documents (A4)</source>
      <translation>文书（A4）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="84" />
      <source>Receipts</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="96" />
      <source>No printer is installed on this computer. You can finish now, save the test pages as PDF, and choose the printers later in the settings once the drivers are installed.</source>
      <translation>本机未安装打印机。可以先完成设置、将测试页保存为PDF，待安装驱动后再在设置中选择打印机。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="104" />
      <source>Measure the ruler on the printed page: if it is shorter than marked, switch off "fit to page" in the printer driver.</source>
      <translation>请量一下测试页上的标尺：若比标注的短，请在打印机驱动中关闭“适合页面大小”。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="122" />
      <source>System default printer</source>
      <translation>系统默认打印机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="127" />
      <source>{name} (not installed)</source>
      <translation>{name}（未安装）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="149" />
      <source>Test page</source>
      <translation>测试页</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="151" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="151" />
      <source>Printing the test page failed: {reason}</source>
      <translation>测试页打印失败：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="155" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="162" />
      <source>Save test page</source>
      <translation>保存测试页</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="155" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="162" />
      <source>Saving failed: {reason}</source>
      <translation>保存失败：{reason}</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="58" />
      <source>No printer is set up on this computer.</source>
      <translation>本机没有设置打印机。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="60" />
      <source>The printer {name} is not installed.</source>
      <translation>打印机「{name}」未安装。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="62" />
      <source>The printer {name} is offline or stopped.</source>
      <translation>打印机「{name}」已脱机或暂停。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="91" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="92" />
      <source>{problem} The document was not printed.</source>
      <translation>{problem}文件没有打印。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="94" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="102" />
      <location filename="../../counter_app/ui/printing_service.py" line="110" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="103" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="111" />
      <source>Saving failed: {reason}</source>
      <translation>保存失败：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="169" />
      <source>The printer {name} refused the document.</source>
      <translation>打印机「{name}」拒绝了打印任务。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="170" />
      <source>default printer</source>
      <translation>默认打印机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="172" />
      <source>Sent to {printer}: {title}</source>
      <translation>已发送到 {printer}：{title}</translation>
    </message>
  </context>
  <context>
    <name>QuestionsPanel</name>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="41" />
      <source>No questions for this service.</source>
      <translation>本事项无需询问。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="70" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="112" />
      <source> (judged from the ID number)</source>
      <translation>（由身份证号自动判断）</translation>
    </message>
  </context>
  <context>
    <name>QuickGuideDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="34" />
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="216" />
      <source>Quick guide</source>
      <translation>快速上手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="71" />
      <source>The day at the counter</source>
      <translation>窗口的一天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="72" />
      <source>Finding a card</source>
      <translation>查找证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="73" />
      <source>One-time notice</source>
      <translation>一次性告知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="74" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="75" />
      <source>To-dos</source>
      <translation>待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="76" />
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="77" />
      <source>Locking the screen</source>
      <translation>锁屏</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="78" />
      <source>Keyboard shortcuts</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="96" />
      <source>&lt;h2&gt;The day at the counter&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; — on the &lt;i&gt;Open / close&lt;/i&gt; tab tick the opening checklist (equipment, forms, cash box). What is left is counted at the top.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Serve&lt;/b&gt; — on the &lt;i&gt;Service guide&lt;/i&gt; tab type the service (name, pinyin or initials such as &lt;i&gt;csdj&lt;/i&gt;), answer the questions, tick the materials the applicant brought. Then print the one-time notice for what is missing, or &lt;b&gt;Accept&lt;/b&gt; when everything is there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Same-day cases&lt;/b&gt; — services promised for today wait on the &lt;i&gt;Same-day board&lt;/i&gt; with their deadline; mark each one &lt;b&gt;Done&lt;/b&gt; (or double-click it) when it is finished. Late rows are red.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the day&lt;/b&gt; — on the same-day board press &lt;b&gt;Close the day…&lt;/b&gt; and give a reason for each case not finished; then tick the closing checklist on &lt;i&gt;Open / close&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Service outside office hours is recorded by itself in the after-hours log.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;窗口的一天&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;开窗&lt;/b&gt; — 在&lt;i&gt;开窗/闭窗&lt;/i&gt;页逐项勾选开窗检查（设备、表格、备用金）。顶部显示尚余几项。&lt;/li&gt;&lt;li&gt;&lt;b&gt;办理&lt;/b&gt; — 在&lt;i&gt;服务指南&lt;/i&gt;页输入事项（名称、拼音或首字母，如 &lt;i&gt;csdj&lt;/i&gt;），回答问题，勾选申请人已带的材料。材料不全时打印一次性告知单；材料齐全时点&lt;b&gt;受理&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;当日办&lt;/b&gt; — 承诺当日办结的业务连同截止时间列在&lt;i&gt;当日办&lt;/i&gt;页；办完一件就点&lt;b&gt;办结&lt;/b&gt;（或双击该行）。超时的行显示为红色。&lt;/li&gt;&lt;li&gt;&lt;b&gt;日结&lt;/b&gt; — 在当日办页点&lt;b&gt;日结…&lt;/b&gt;，为每件未办结的业务填写原因；然后在&lt;i&gt;开窗/闭窗&lt;/i&gt;页勾选闭窗检查。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;办公时间以外的服务会自动记入延时服务记录。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="113" />
      <source>&lt;h2&gt;Finding a card&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;F3&lt;/b&gt; anywhere: the &lt;i&gt;Card pickup&lt;/i&gt; tab opens with the search box ready. Type a name, its pinyin, the last 4–6 digits of the ID number, the phone number or its last 4 digits, or scan the acceptance number on the receipt. A scan anywhere in the window opens the search too.&lt;/p&gt;&lt;p&gt;The large blue &lt;b&gt;answer line&lt;/b&gt; is what you read out to a caller, for example:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;已到 · A-03 · 可领取&lt;/b&gt; — the card has arrived, it lies in place A-03, it can be collected;&lt;/li&gt;&lt;li&gt;&lt;b&gt;制证中 · 第12天/限45天&lt;/b&gt; — in production, day 12 of the 45 days promised;&lt;/li&gt;&lt;li&gt;&lt;b&gt;… · 已超期&lt;/b&gt; — past the promised limit: apologise and add a to-do.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;When the card has arrived, check the applicant's identity and press &lt;b&gt;Hand out&lt;/b&gt;.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;查找证件&lt;/h2&gt;&lt;p&gt;在任何页面按 &lt;b&gt;F3&lt;/b&gt;：即打开&lt;i&gt;领证查询&lt;/i&gt;页，光标已在查询框中。输入姓名、姓名拼音、身份证号后4至6位、手机号或手机尾号后4位，或扫描领取凭证上的受理号。在窗口任何位置扫码也会直接查询。&lt;/p&gt;&lt;p&gt;蓝色大字的&lt;b&gt;答复行&lt;/b&gt;可直接读给来电群众听，例如：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;已到 · A-03 · 可领取&lt;/b&gt; — 证件已到，存放在 A-03，可以领取；&lt;/li&gt;&lt;li&gt;&lt;b&gt;制证中 · 第12天/限45天&lt;/b&gt; — 正在制证，承诺45天，现为第12天；&lt;/li&gt;&lt;li&gt;&lt;b&gt;… · 已超期&lt;/b&gt; — 已超过承诺时限：请致歉并添加一条待办。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;证件已到时，核验申请人身份后点&lt;b&gt;发证&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="128" />
      <source>&lt;h2&gt;One-time notice&lt;/h2&gt;&lt;p&gt;When an applicant cannot be served today because something is missing, give a &lt;b&gt;one-time notice&lt;/b&gt; (一次性告知单): it lists &lt;i&gt;everything&lt;/i&gt; still needed, so they come back only once.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the service and answer the questions; the materials list follows the answers.&lt;/li&gt;&lt;li&gt;Tick what the applicant brought; the notice lists the rest.&lt;/li&gt;&lt;li&gt;Type the name and phone, choose A4 or A5 and press &lt;b&gt;Print notice&lt;/b&gt; (or &lt;b&gt;Ctrl+P&lt;/b&gt;).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every notice is numbered and kept; look it up later on the &lt;i&gt;Notice history&lt;/i&gt; tab.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;一次性告知&lt;/h2&gt;&lt;p&gt;申请人因缺少材料当天无法办理时，出具&lt;b&gt;一次性告知单&lt;/b&gt;：一次列明&lt;i&gt;全部&lt;/i&gt;尚缺材料，让群众只需再跑一次。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;选择事项并回答问题；材料清单随答案变化。&lt;/li&gt;&lt;li&gt;勾选申请人已带的材料；告知单列出其余材料。&lt;/li&gt;&lt;li&gt;填写姓名和电话，选择 A4 或 A5，点&lt;b&gt;打印告知单&lt;/b&gt;（或按 &lt;b&gt;Ctrl+P&lt;/b&gt;）。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每份告知单都有编号并留存；以后可在&lt;i&gt;告知记录&lt;/i&gt;页查询。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="141" />
      <source>&lt;h2&gt;Appointments&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Choose the day with the arrows or &lt;b&gt;Today&lt;/b&gt;; the slots show capacity, booked and free places. A day without slots: &lt;b&gt;Generate slots for this day&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Select a slot and press &lt;b&gt;Book…&lt;/b&gt; to take a booking by phone.&lt;/li&gt;&lt;li&gt;When the applicant arrives, select the booking and press &lt;b&gt;Check in&lt;/b&gt;: the service guide opens with their service, name and phone filled in.&lt;/li&gt;&lt;li&gt;After a slot has ended, &lt;b&gt;Mark no-shows for the day&lt;/b&gt; closes the open bookings.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print tomorrow's list&lt;/b&gt; (or &lt;b&gt;Ctrl+P&lt;/b&gt; on this tab) before closing.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;h2&gt;预约&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;用箭头或&lt;b&gt;今天&lt;/b&gt;选择日期；各时段显示名额、已约和剩余数。当天还没有时段时：点&lt;b&gt;生成当日时段&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;选中一个时段，点&lt;b&gt;预约登记…&lt;/b&gt;，登记电话预约。&lt;/li&gt;&lt;li&gt;申请人到场后，选中其预约并点&lt;b&gt;到场&lt;/b&gt;：服务指南随即打开，事项、姓名和电话已填好。&lt;/li&gt;&lt;li&gt;时段结束后，点&lt;b&gt;标记当日未到&lt;/b&gt;，关闭尚未到场的预约。&lt;/li&gt;&lt;li&gt;闭窗前点&lt;b&gt;打印明日名单&lt;/b&gt;（或在本页按 &lt;b&gt;Ctrl+P&lt;/b&gt;）。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="155" />
      <source>&lt;h2&gt;To-dos&lt;/h2&gt;&lt;p&gt;The &lt;i&gt;To do&lt;/i&gt; tab is the counter's notebook: call-backs, cards not collected, papers to fetch. The count in the status bar (bottom right) turns red when something is overdue; click it to open the list.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;New…&lt;/b&gt; adds a matter with a due date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tick done&lt;/b&gt; (or double-click, or Enter) closes it; &lt;b&gt;Reopen&lt;/b&gt; undoes a mistaken tick.&lt;/li&gt;&lt;li&gt;Cards left uncollected for too long are added by themselves.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;h2&gt;待办&lt;/h2&gt;&lt;p&gt;&lt;i&gt;待办&lt;/i&gt;页是窗口的记事本：回电、未领取的证件、待调取的材料。有事项逾期时，状态栏（右下角）的计数变为红色；点击即可打开清单。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;新建…&lt;/b&gt;添加一条带到期日的事项。&lt;/li&gt;&lt;li&gt;&lt;b&gt;标记完成&lt;/b&gt;（或双击、或按回车）结束该事项；勾错了可点&lt;b&gt;撤销完成&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;长期未领取的证件会自动加入待办。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="168" />
      <source>&lt;h2&gt;Printing&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; prints what the current tab prints:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Tab&lt;/th&gt;&lt;th&gt;Ctrl+P prints&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Service guide&lt;/td&gt;&lt;td&gt;the one-time notice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arrivals and notices&lt;/td&gt;&lt;td&gt;the shelf list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Appointments&lt;/td&gt;&lt;td&gt;tomorrow's list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Daily report&lt;/td&gt;&lt;td&gt;the report shown&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Ctrl+P and the Print buttons print straight away on this computer's printer for the document (receipts on the receipt printer, everything else on the A4 printer; see Settings). &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; opens the preview instead: &lt;b&gt;Print…&lt;/b&gt; chooses another printer, &lt;b&gt;Save PDF&lt;/b&gt; keeps a copy. A printer that is missing or offline is named, and the document can be saved as PDF. Names on printed lists are masked.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;打印&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; 打印当前页的文书：&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;页面&lt;/th&gt;&lt;th&gt;Ctrl+P 打印&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;服务指南&lt;/td&gt;&lt;td&gt;一次性告知单&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;到证与通知&lt;/td&gt;&lt;td&gt;存放清单&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;预约&lt;/td&gt;&lt;td&gt;明日名单&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;工作日报&lt;/td&gt;&lt;td&gt;当前显示的日报&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;按 Ctrl+P 或“打印”按钮即直接在本机为该文书设置的打印机上打印（领取凭证用凭证打印机，其余用 A4 打印机；见“设置”）。按 &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; 则先打开预览：&lt;b&gt;打印…&lt;/b&gt;可另选打印机，&lt;b&gt;保存PDF&lt;/b&gt;留存副本。打印机未安装或脱机时会说明是哪一台，并可改为保存 PDF。打印的名单中姓名已作遮蔽处理。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="186" />
      <source>&lt;h2&gt;Locking the screen&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; whenever you leave the counter, even for a minute. The window is covered so that no name, ID number or phone can be read from the applicant's side.&lt;/p&gt;&lt;p&gt;After a few minutes without keyboard or mouse the screen locks by itself.&lt;/p&gt;&lt;p&gt;To unlock, type &lt;b&gt;your own&lt;/b&gt; password and press Enter. Too many wrong passwords lock the account; a supervisor can unlock it.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;锁屏&lt;/h2&gt;&lt;p&gt;离开窗口时，哪怕只有一分钟，也请按 &lt;b&gt;Ctrl+L&lt;/b&gt;。窗口内容随即被遮住，群众一侧看不到任何姓名、身份证号或电话。&lt;/p&gt;&lt;p&gt;几分钟没有操作键盘或鼠标，屏幕会自动锁定。&lt;/p&gt;&lt;p&gt;解锁时输入&lt;b&gt;本人&lt;/b&gt;密码并按回车。密码错误次数过多会锁定账户，可由主管解锁。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="196" />
      <source>This quick guide</source>
      <translation>本快速上手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="197" />
      <source>Find a card: the pickup tab with the search box ready</source>
      <translation>查找证件：打开领证查询页，光标在查询框中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="198" />
      <source>Scanner</source>
      <translation>扫码枪</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="198" />
      <source>A scanned acceptance number anywhere opens the card search</source>
      <translation>在任何位置扫描受理号都会打开证件查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="199" />
      <source>Print what the current tab prints</source>
      <translation>打印当前页的文书</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="200" />
      <source>Preview it and choose the printer</source>
      <translation>预览并选择打印机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="201" />
      <source>Next applicant: clear the guide of the person just served</source>
      <translation>下一位：清空服务指南中上一位申请人的信息</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="202" />
      <source>Back: clear the card search, or return to the service guide; closes a dialog</source>
      <translation>返回：清空证件查询，或回到服务指南；关闭对话框</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="203" />
      <source>Accept a dialog; search; mark the selected row done</source>
      <translation>确认对话框；查询；将选中行标记为完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="204" />
      <source>Lock the screen</source>
      <translation>锁定屏幕</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="205" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="208" />
      <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;快捷键&lt;/h2&gt;</translation>
    </message>
  </context>
  <context>
    <name>RecordCaseDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="33" />
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="59" />
      <source>Record the case</source>
      <translation>登记办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="35" />
      <source>Service:</source>
      <translation>事项：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="36" />
      <source>Applicant:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="39" />
      <source>Serving since:</source>
      <translation>开始办理：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="42" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="44" />
      <source>Done now</source>
      <translation>当场办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="46" />
      <source>Accept, finish &amp;later</source>
      <translation>受理，稍后办结(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="47" />
      <source>Same-day services go on the same-day board with their deadline</source>
      <translation>当日办事项连同办结时限列入当日办</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="95" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="96" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="156" />
      <source>Cases</source>
      <translation>办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="97" />
      <source>Done</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="98" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="158" />
      <source>Accepted</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="99" />
      <source>Notice</source>
      <translation>告知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="100" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="161" />
      <source>Refused</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="101" />
      <source>Not done</source>
      <translation>未办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="102" />
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="103" />
      <source>After hours</source>
      <translation>延时</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="129" />
      <source>Whole month</source>
      <translation>整月</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="131" />
      <source>Show</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="134" />
      <source>Export PDF…</source>
      <translation>导出PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="136" />
      <source>Export XLSX…</source>
      <translation>导出Excel…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="138" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="141" />
      <source>Period:</source>
      <translation>统计期间：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="151" />
      <source>Key figures</source>
      <translation>主要数据</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="157" />
      <source>Done on the spot</source>
      <translation>当场办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="159" />
      <source>One-time notice (cases)</source>
      <translation>一次性告知（件）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="160" />
      <source>One-time notices issued</source>
      <translation>发放一次性告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="162" />
      <source>Not done / in progress</source>
      <translation>未办结 / 办理中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="163" />
      <source>After hours (cases / min)</source>
      <translation>延时服务（件 / 分钟）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="249" />
      <source>, {pending} in progress</source>
      <translation>，另有办理中 {pending} 件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="165" />
      <source>ID cards accepted</source>
      <translation>身份证受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="166" />
      <source>ID cards arrived</source>
      <translation>身份证到证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="167" />
      <source>ID cards collected</source>
      <translation>身份证领取</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="168" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="169" />
      <source>Checked in</source>
      <translation>已到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="170" />
      <source>No-shows</source>
      <translation>未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="171" />
      <source>Overdue follow-ups</source>
      <translation>超期待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="70" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="217" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="352" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="364" />
      <source>Daily report</source>
      <translation>工作日报</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="164" />
      <source>Same-day kept / due</source>
      <translation>当日办兑现 / 应兑现</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="228" />
      <source>{station} — {period} (counted at {time})</source>
      <translation>{station} — {period}（统计于 {time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="262" />
      <source>Waiting {booked}, cancelled {cancelled}</source>
      <translation>待到 {booked}，取消 {cancelled}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="274" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="299" />
      <source>{month}/{day} {weekday}</source>
      <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="303" />
      <source>{cases} case(s), {minutes} min after hours, same-day kept {kept} / {promised}</source>
      <translation>办件 {cases} 件，延时 {minutes} 分钟，当日办兑现 {kept} / {promised}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="309" />
      <source>Cases per day</source>
      <translation>每日办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="309" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="312" />
      <source>No cases in this period</source>
      <translation>本期无办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="312" />
      <source>Cases by service</source>
      <translation>各事项办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="316" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="317" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="318" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="319" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="320" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="321" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="322" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="333" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="336" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="343" />
      <source>Export report</source>
      <translation>导出日报</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="361" />
      <source>Daily report {period}</source>
      <translation>工作日报 {period}</translation>
    </message>
  </context>
  <context>
    <name>RoutineDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="58" />
      <source>Opening and closing checklists</source>
      <translation>开窗/闭窗清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="60" />
      <source>Opening</source>
      <translation>开窗准备</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="60" />
      <source>Closing</source>
      <translation>闭窗整理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="65" />
      <source>Double-click an item (or press F2) to change its text.</source>
      <translation>双击条目（或按 F2）修改内容。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="90" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="91" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="92" />
      <source>Up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="93" />
      <source>Down</source>
      <translation>下移</translation>
    </message>
  </context>
  <context>
    <name>RoutinePage</name>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="40" />
      <source>Open / close</source>
      <translation>开窗/闭窗</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="63" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="66" />
      <source>Edit lists…</source>
      <translation>编辑清单…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="69" />
      <source>Opening</source>
      <translation>开窗准备</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="69" />
      <source>Closing</source>
      <translation>闭窗整理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="89" />
      <source>Day:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="107" />
      <source>Only a supervisor can change the checklists</source>
      <translation>只有主管可以修改清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="114" />
      <source>Opening: {open} left, closing: {close} left</source>
      <translation>开窗准备剩 {open} 项，闭窗整理剩 {close} 项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="145" />
      <source>No longer on the list; ticked on this day before it was removed</source>
      <translation>已不在清单中；删除前已于当日勾选</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="168" />
      <source>Opening and closing</source>
      <translation>开窗/闭窗</translation>
    </message>
  </context>
  <context>
    <name>SameDayPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="86" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="101" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="293" />
      <source>Same-day board</source>
      <translation>当日办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="102" />
      <source>After-hours log</source>
      <translation>延时服务记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="118" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="187" />
      <source>Done</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="119" />
      <source>Mark the selected case done (or double-click it, or press Enter)</source>
      <translation>将选中业务标记为办结（或双击、按回车）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="121" />
      <source>Close the day…</source>
      <translation>日结…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="125" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="161" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="126" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="127" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="128" />
      <source>Deadline</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="129" />
      <source>Time left</source>
      <translation>剩余时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="130" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="164" />
      <source>Outcome</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="138" />
      <source>Day:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="158" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="159" />
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="160" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="162" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="163" />
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="171" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="173" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="186" />
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="188" />
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="189" />
      <source>One-time notice given</source>
      <translation>一次性告知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="190" />
      <source>Refused</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="191" />
      <source>Not done today</source>
      <translation>当日未办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="197" />
      <source>Lunch break</source>
      <translation>午休</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="198" />
      <source>After closing</source>
      <translation>下班后</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="199" />
      <source>Before opening</source>
      <translation>上班前</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="200" />
      <source>Weekend duty</source>
      <translation>周末值班</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="201" />
      <source>Public holiday</source>
      <translation>法定节假日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="202" />
      <source>Rest day</source>
      <translation>休息日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="203" />
      <source>Appointment</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="204" />
      <source>Green channel</source>
      <translation>绿色通道</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="210" />
      <source>late</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="212" />
      <source>overdue {duration}</source>
      <translation>超时 {duration}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="263" />
      <source>{open} open ({overdue} overdue), {finished} finished of {total}</source>
      <translation>共 {total} 件：已办结 {finished}，未办结 {open}（超时 {overdue}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="332" />
      <source>Total: {cases} case(s), {minutes} minute(s) after hours</source>
      <translation>合计：{cases} 件，延时 {minutes} 分钟</translation>
    </message>
  </context>
  <context>
    <name>ServerWaitDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="34" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="41" />
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="43" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="65" />
      <source>Cannot reach the database server {where} · retrying · last attempt {time}</source>
      <translation>无法连接数据库服务器 {where} · 正在重试 · 最近一次尝试 {time}</translation>
    </message>
  </context>
  <context>
    <name>ServiceGuidePage</name>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="93" />
      <source>Type a name, pinyin or initials, e.g. csdj</source>
      <translation>输入名称、拼音或首字母，如 csdj</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="117" />
      <source>Legal basis:</source>
      <translation>设定依据：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="118" />
      <source>Fee:</source>
      <translation>收费：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="119" />
      <source>Statutory time limit:</source>
      <translation>法定时限：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="120" />
      <source>Promised time limit:</source>
      <translation>承诺时限：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="121" />
      <source>On the spot:</source>
      <translation>当场办结：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="123" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="127" />
      <source>18-digit citizen ID number</source>
      <translation>18位公民身份号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="133" />
      <source>Regular</source>
      <translation>普通</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="133" />
      <source>Appointment</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="134" />
      <source>Green channel (e.g. exam candidates)</source>
      <translation>绿色通道（如考生）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="136" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="137" />
      <source>ID number:</source>
      <translation>身份证号：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="139" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="140" />
      <source>Channel:</source>
      <translation>渠道：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="142" />
      <source>Questions</source>
      <translation>情况询问</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="161" />
      <source>Print notice</source>
      <translation>打印告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="163" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="165" />
      <source>&amp;Accept</source>
      <translation>受理(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="171" />
      <source>Next applicant</source>
      <translation>下一位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="172" />
      <source>Clear name, number, phone, answers and ticks for the next person (Ctrl+N)</source>
      <translation>清空姓名、证件号、电话、问题答案和勾选，接待下一位（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="204" />
      <source>&amp;Materials</source>
      <translation>申请材料(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="167" />
      <source>ID-card services: record the case and print the receipt; other services: record the case as done or accepted</source>
      <translation>身份证业务：登记受理并打印领取凭证；其他事项：登记为办结或受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="180" />
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="266" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="266" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="289" />
      <source>Choose a service on the left</source>
      <translation>请在左侧选择办理事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="321" />
      <source>Card valid for: {validity}</source>
      <translation>证件有效期限：{validity}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="336" />
      <source>{facts} · ID card expired on {date}</source>
      <translation>{facts} · 身份证已于 {date} 过期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="366" />
      <source>All materials present; the application can be accepted</source>
      <translation>材料齐全，可以受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="367" />
      <source>Still missing {count} item(s): {items}</source>
      <translation>尚缺 {count} 项：{items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="371" />
      <source> (only items that may be handed in later; the application can be accepted)</source>
      <translation>（均为容缺后补材料，可以先行受理）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="57" />
      <source>Service guide</source>
      <translation>服务指南</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="126" />
      <source>Station</source>
      <translation>本所信息</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="127" />
      <source>ID cards</source>
      <translation>身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="136" />
      <source>Station name</source>
      <translation>窗口名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="137" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="138" />
      <source>Phone</source>
      <translation>咨询电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="139" />
      <source>Office hours (printed text)</source>
      <translation>办公时间说明</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="140" />
      <source>Accepting office</source>
      <translation>受理机关名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="143" />
      <source>Office code (6 digits)</source>
      <translation>受理单位代码</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="148" />
      <source>Station code (3 digits)</source>
      <translation>派出所代码</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="153" />
      <source>Legal time limit (days)</source>
      <translation>身份证法定办理时限（日）</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="159" />
      <source>Promised time limit (working days)</source>
      <translation>身份证承诺办理时限（工作日）</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="165" />
      <source>Uncollected card overdue after (days)</source>
      <translation>超期未领天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="170" />
      <source>Storage boxes (e.g. A,B,C)</source>
      <translation>存放柜号</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="176" />
      <source>Cards per box</source>
      <translation>每柜容量</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="186" />
      <source>Follow-ups</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="192" />
      <source>Call about missing materials after (working days)</source>
      <translation>补材料回访天数（工作日）</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="198" />
      <source>Chase an uncollected card after (days)</source>
      <translation>催领天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="208" />
      <source>Privacy</source>
      <translation>个人信息保护</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="214" />
      <source>Erase personal data of finished records after (years)</source>
      <translation>个人信息保存年限</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="217" />
      <source>Never erase</source>
      <translation>永不清除</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="226" />
      <location filename="../../counter_app/domain/settings_registry.py" line="231" />
      <source>Pickup SMS template</source>
      <translation>领证短信模板</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="233" />
      <source>Placeholders: {name} holder's name, {place} storage place, {station} station name, {phone} station phone, {hours} office hours.</source>
      <translation>占位符：{name} 持证人姓名，{place} 存放位，{station} 派出所名称，{phone} 派出所电话，{hours} 办公时间。</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="249" />
      <source>Office hours</source>
      <translation>办公时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="266" />
      <source>Appointment template</source>
      <translation>预约时段模板</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="285" />
      <source>Routine lists</source>
      <translation>开闭窗检查项</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="294" />
      <source>Web notices</source>
      <translation>网站公告</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_dialog.py" line="31" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_dialog.py" line="36" />
      <source>This workstation</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_dialog.py" line="37" />
      <source>Station</source>
      <translation>派出所</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../counter_app/ui/app.py" line="125" />
      <source>Sign in to continue</source>
      <translation>请登录以继续</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="144" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="234" />
      <source>The database cannot be opened: {why}

Try again in a moment, or call the administrator.</source>
      <translation>无法打开数据库：{why}

请稍后重试，或联系管理员。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="140" />
      <source>This computer is not set up yet. Use {where} at this counter from now on?

Yes: set up this counter for that station (its name and printers).
No: use it only this time.</source>
      <translation>本机尚未设置。以后本窗口都使用 {where} 吗？

是：把本窗口设置为该派出所的窗口（窗口名称和打印机）。
否：仅本次使用。</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="104" />
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="144" />
      <source>Station</source>
      <translation>派出所</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="105" />
      <source>Printed on every notice, receipt and report.</source>
      <translation>印在每份告知单、凭证和报表上。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="118" />
      <source>6 digits, e.g. 110105</source>
      <translation>6位数字，如 110105</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="119" />
      <source>3 digits, e.g. 001</source>
      <translation>3位数字，如 001</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="125" />
      <source>Edit office hours…</source>
      <translation>编辑办公时间…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="130" />
      <source>Available in the settings after the set-up is finished.</source>
      <translation>初始设置完成后可在“设置”中修改。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="134" />
      <source>The weekly schedule can be edited in the settings later.</source>
      <translation>每周办公时段以后可在“设置”中编辑。</translation>
    </message>
  </context>
  <context>
    <name>StationTab</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="133" />
      <source>{label}:</source>
      <translation>{label}：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="161" />
      <source>More station settings</source>
      <translation>其他全所设置</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="166" />
      <source>{setting}…</source>
      <translation>{setting}…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="172" />
      <source>Each of these opens its own dialog and is saved by that dialog's OK.</source>
      <translation>以下各项在各自的对话框中编辑，点该对话框的“确定”即保存。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="106" />
      <source>Only a supervisor can change the station-wide settings; they are shared by every counter. The current values are shown for reference.</source>
      <translation>全所设置由所有窗口共用，只有主管可以修改。下面显示当前值供参考。</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="188" />
      <source>Summary</source>
      <translation>确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="189" />
      <source>Click Finish to save.</source>
      <translation>点“完成”保存。</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="135" />
      <source>User management</source>
      <translation>用户管理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="137" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="138" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="139" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="140" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="141" />
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="146" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="147" />
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="148" />
      <source>Disable</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="149" />
      <source>Enable</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="150" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="179" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="179" />
      <source>Clerk</source>
      <translation>窗口人员</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="180" />
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="65" />
      <source>Set up a new station (the first counter)</source>
      <translation>新建派出所（第一个窗口）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="66" />
      <source>Join an existing station's database (another counter is already set up)</source>
      <translation>加入已有派出所的数据库（已有其他窗口设置好）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="71" />
      <source>Set up this counter</source>
      <translation>设置本窗口</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="71" />
      <source>Welcome to Counter Assistant</source>
      <translation>欢迎使用户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="73" />
      <source>This wizard asks for the station's details, creates the supervisor account, chooses where the records are kept (this computer or a shared server) and sets up the printers. Nothing is saved until you click Finish; you can go back to any page.</source>
      <translation>本向导将填写派出所信息、创建主管账户、选择记录的保存位置（本机或共用服务器）并设置打印机。点“完成”之前不会保存任何内容；可随时返回任一页修改。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="79" />
      <source>Change the station's details, the database this computer uses and its printers. Nothing is saved until you click Finish.</source>
      <translation>修改派出所信息、本机使用的数据库和打印机。点“完成”之前不会保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>WindowShortcuts</name>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="30" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="31" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="32" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="35" />
      <source>Next tab</source>
      <translation>下一页签</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="36" />
      <source>Previous tab</source>
      <translation>上一页签</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="38" />
      <source>Next applicant</source>
      <translation>下一位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="53" />
      <source>Nothing to print on this tab</source>
      <translation>本页没有可打印的内容</translation>
    </message>
  </context>
  <context>
    <name>WorkstationTab</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="47" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="48" />
      <source>A5</source>
      <translation>A5</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="50" />
      <source>80 mm receipt roll</source>
      <translation>80毫米小票</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="51" />
      <source>A5 sheet</source>
      <translation>A5 纸</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="56" />
      <source>Printers and paper</source>
      <translation>打印机和纸张</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="58" />
      <source>Printer for notices and lists:</source>
      <translation>告知单和清单打印机：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="59" />
      <source>Paper for notices and lists:</source>
      <translation>告知单和清单纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="60" />
      <source>Printer for receipts:</source>
      <translation>凭证打印机：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="61" />
      <source>Paper for receipts:</source>
      <translation>凭证纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="64" />
      <source>No printer is installed on this computer; type a printer name, or leave empty to save PDFs.</source>
      <translation>本机未安装打印机；可输入打印机名称，或留空以保存为PDF。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="76" />
      <source> pt</source>
      <translation> 磅</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="80" />
      <source>Never</source>
      <translation>从不</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="81" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="85" />
      <source>Window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="87" />
      <source>Language:</source>
      <translation>界面语言：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="88" />
      <source>Font size:</source>
      <translation>字号：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="89" />
      <source>Lock the screen after idle:</source>
      <translation>无操作自动锁屏：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="92" />
      <source>A new language takes effect at the next start; the font size and the idle lock at once. Allowed: font size 9–20 pt, idle lock 0 (never) to 120 minutes.</source>
      <translation>界面语言在下次启动时生效；字号和自动锁屏立即生效。字号 9–20 磅，自动锁屏 0（从不）至 120 分钟。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="100" />
      <source>Reset window layout</source>
      <translation>恢复默认窗口布局</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="104" />
      <source>Run the first-run wizard again…</source>
      <translation>重新运行初始设置向导…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="105" />
      <source>Closes this dialog without saving and opens the wizard.</source>
      <translation>不保存并关闭本对话框，打开设置向导。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="127" />
      <source>System default printer</source>
      <translation>系统默认打印机</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="135" />
      <source>The window layout will be reset.</source>
      <translation>窗口布局将恢复默认。</translation>
    </message>
  </context>
</TS>