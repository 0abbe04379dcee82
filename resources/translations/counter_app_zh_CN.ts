<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AcceptDialog</name>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="39" />
      <location filename="../../counter_app/ui/accept_dialog.py" line="77" />
      <source>Accept application</source>
      <translation>受理申请</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="41" />
      <source>Applicant:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="46" />
      <source>Reason:</source>
      <translation>申领原因：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="51" />
      <source>Fee (yuan):</source>
      <translation>收费（元）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="55" />
      <source>Pickup:</source>
      <translation>领取方式：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="56" />
      <source>A temporary ID card is issued as well</source>
      <translation>同时办理临时居民身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="59" />
      <source>80 mm receipt roll</source>
      <translation>80毫米小票</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/accept_dialog.py" line="61" />
      <source>Receipt:</source>
      <translation>凭证纸张：</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="47" />
      <source>Add a user</source>
      <translation>添加用户</translation>
    </message>
  </context>
  <context>
    <name>AdminActions</name>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="52" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="71" />
      <source>Backup written to {path} ({size:,} bytes).</source>
      <translation>备份已写入 {path}（{size:,} 字节）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="78" />
      <source>ID card cases</source>
      <translation>身份证业务</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="79" />
      <source>One-time notices</source>
      <translation>一次性告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="80" />
      <source>Counter service cases</source>
      <translation>窗口办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="81" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="82" />
      <source>Follow-ups</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="88" />
      <source>Purge old personal data</source>
      <translation>清除过期个人信息</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="101" />
      <source>The retention period is 0 (keep for ever): nothing is purged.</source>
      <translation>保存期限为 0（永久保存），不清除任何信息。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="104" />
      <source>The retention period is {years} year(s). Erase names, ID numbers, phones and notes of records finished before {date}? The records and counts stay; the personal data cannot be restored.</source>
      <translation>保存期限为 {years} 年。是否清除 {date} 之前已办结记录中的姓名、身份证号、电话和备注？记录和统计数保留，个人信息清除后无法恢复。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="126" />
      <source>Personal data erased from {total} record(s):</source>
      <translation>已清除 {total} 条记录的个人信息：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="133" />
      <source>Retention period</source>
      <translation>保存期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="138" />
      <source>Years after a record is finished (a card collected, a case done) before its personal data are erased; 0 keeps them for ever:</source>
      <translation>记录办结（证件已领取、业务已办结）后保存个人信息的年数，期满即清除；0 表示永久保存：</translation>
    </message>
  </context>
  <context>
    <name>AppointmentsPage</name>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="108" />
      <source>◀ Previous day</source>
      <translation>◀ 前一天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="113" />
      <source>Next day ▶</source>
      <translation>后一天 ▶</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="115" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="117" />
      <source>Generate slots for this day</source>
      <translation>生成当日时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="118" />
      <source>Create the template's slots; existing slots stay as they are</source>
      <translation>按模板生成预约时段；已有时段保持不变</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="121" />
      <source>Generate the next {days} days</source>
      <translation>生成此后 {days} 天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="124" />
      <source>Print tomorrow's list</source>
      <translation>打印明日名单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="135" />
      <location filename="../../counter_app/ui/appointments_page.py" line="143" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="135" />
      <source>Capacity</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="135" />
      <source>Booked</source>
      <translation>已约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="135" />
      <source>Free</source>
      <translation>余位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="137" />
      <source>Slots</source>
      <translation>预约时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="143" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="143" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="143" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="143" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="143" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="147" />
      <source>Book…</source>
      <translation>预约登记…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="149" />
      <source>Check in</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="151" />
      <source>Mark no-show</source>
      <translation>标记未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="153" />
      <location filename="../../counter_app/ui/appointments_page.py" line="322" />
      <source>Cancel booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="155" />
      <location filename="../../counter_app/ui/appointments_page.py" line="334" />
      <source>Mark no-shows for the day</source>
      <translation>标记当日未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="156" />
      <source>Every booking still open after its slot ended becomes a no-show</source>
      <translation>时段结束后仍未到场的预约均记为未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="163" />
      <source>Bookings</source>
      <translation>预约名单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="200" />
      <source>No slots on this day. Generate them from the template.</source>
      <translation>当日没有预约时段，请按模板生成。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="219" />
      <source>Bookings of the day</source>
      <translation>当日预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="222" />
      <source>Bookings {start}–{end}</source>
      <translation>{start}–{end} 预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="248" />
      <source>This slot is fully booked</source>
      <translation>该时段已约满</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="260" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="273" />
      <source>{count} slot(s) created from {first} to {last}</source>
      <translation>已生成 {first} 至 {last} 的 {count} 个时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="288" />
      <source>Booked: {name}, {time}</source>
      <translation>已预约：{name}，{time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="309" />
      <source>{name} checked in</source>
      <translation>{name} 已到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="314" />
      <source>{name} marked as no-show</source>
      <translation>{name} 已标记未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="323" />
      <source>Cancel the booking of {name} ({time})? The place becomes free again.</source>
      <translation>取消 {name}（{time}）的预约？该名额将重新空出。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="328" />
      <source>Booking of {name} cancelled</source>
      <translation>已取消 {name} 的预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="335" />
      <source>Mark every booking of {day} still open after its slot ended as a no-show?</source>
      <translation>将 {day} 时段已结束仍未到场的预约全部标记为未到？</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="347" />
      <source>{count} booking(s) marked as no-show</source>
      <translation>{count} 个预约已标记未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/appointments_page.py" line="360" />
      <source>Appointments {day}</source>
      <translation>预约名单 {day}</translation>
    </message>
  </context>
  <context>
    <name>ArrivalsPage</name>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="76" />
      <source>Import dispatch list…</source>
      <translation>导入到证清单…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="78" />
      <source>Confirm arrival</source>
      <translation>确认入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="81" />
      <source>Choose a CSV or XLSX dispatch list to check it before anything changes.</source>
      <translation>请选择 CSV 或 XLSX 到证清单，先核对，确认后才入库。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="83" />
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="83" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="106" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="283" />
      <source>Acceptance no.</source>
      <translation>受理号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="83" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="106" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="283" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="84" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="84" />
      <source>Remark</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="86" />
      <source>Scan a card's acceptance number to shelve it</source>
      <translation>扫描证件受理号条码，入库并分配存放位</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="89" />
      <source>Print shelf list</source>
      <translation>打印存放清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="96" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="132" />
      <source>Card arrivals</source>
      <translation>到证入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="106" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="283" />
      <source>Arrived on</source>
      <translation>到证日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="107" />
      <source>Notify by</source>
      <translation>通知期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="107" />
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="107" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="284" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="108" />
      <location filename="../../counter_app/ui/arrivals_page.py" line="283" />
      <source>Storage place</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="109" />
      <source>Mark notified by phone</source>
      <translation>标记已电话通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="111" />
      <source>Mark notified by SMS</source>
      <translation>标记已短信通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="113" />
      <source>Export SMS CSV…</source>
      <translation>导出短信CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="115" />
      <source>Print pickup notice</source>
      <translation>打印领证通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="117" />
      <source>Overdue pickups…</source>
      <translation>超期未领…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="125" />
      <source>To be notified</source>
      <translation>待通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="136" />
      <source>Import dispatch list</source>
      <translation>导入到证清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="137" />
      <source>Dispatch lists (*.csv *.xlsx)</source>
      <translation>到证清单 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="150" />
      <source>The file cannot be read: {reason}</source>
      <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="181" />
      <source>Stored at {place}</source>
      <translation>存放于 {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="187" />
      <source>{file}: {count} card(s) marked arrived, {other} row(s) left out</source>
      <translation>{file}：已入库 {count} 张，未入库 {other} 行</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="190" />
      <source>{file}: {total} row(s), {count} can be marked arrived, {other} cannot</source>
      <translation>{file}：共 {total} 行，可入库 {count} 行，不能入库 {other} 行</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="193" />
      <source> (this file was imported before)</source>
      <translation>（此文件以前已导入过）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="198" />
      <source>Arrived</source>
      <translation>已入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="198" />
      <source>OK</source>
      <translation>可入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="199" />
      <source>Left out</source>
      <translation>不入库</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="205" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="212" />
      <source>{count} holder(s) to notify</source>
      <translation>待通知 {count} 人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="221" />
      <source>Select the holders who were notified first.</source>
      <translation>请先选择已通知的证件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="232" />
      <source>Export SMS CSV</source>
      <translation>导出短信CSV</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="233" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="242" />
      <source>The file cannot be saved: {reason}</source>
      <translation>无法保存文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="247" />
      <source>Select one holder to print the pickup notice for.</source>
      <translation>请选择一张证件打印领证通知。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="254" />
      <source>Pickup notice {no}</source>
      <translation>领证通知 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="272" />
      <source>{name}: put it in {place}</source>
      <translation>{name}：请放入 {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="277" />
      <source>Shelf list</source>
      <translation>存放清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="282" />
      <source>Overdue pickups</source>
      <translation>超期未领清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="284" />
      <source>Days waiting</source>
      <translation>等待天数</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="284" />
      <source>Notified</source>
      <translation>已通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="285" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/arrivals_page.py" line="285" />
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="121" />
      <source>Beginning of the action name, e.g. card. for every card action</source>
      <translation>操作名称的开头，如 card. 表示所有证件操作</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="123" />
      <source>Acceptance no., notice no., searched text…</source>
      <translation>受理号、告知单编号、查询内容…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="127" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="129" />
      <source>Export CSV…</source>
      <translation>导出CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="133" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="135" />
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="137" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="139" />
      <source>Workstation</source>
      <translation>工作站</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="141" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="143" />
      <source>Target contains</source>
      <translation>对象包含</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="159" />
      <source>◀ Previous 500</source>
      <translation>◀ 前 500 条</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="160" />
      <source>Next 500 ▶</source>
      <translation>后 500 条 ▶</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="189" />
      <source>Only a supervisor may view the audit log.</source>
      <translation>只有主管可以查看审计日志。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="215" />
      <location filename="../../counter_app/ui/audit_page.py" line="250" />
      <location filename="../../counter_app/ui/audit_page.py" line="257" />
      <location filename="../../counter_app/ui/audit_page.py" line="264" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="232" />
      <source>Entries {first}–{last}, newest first</source>
      <translation>第 {first}–{last} 条，最新的在前</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="237" />
      <source>No entries match.</source>
      <translation>没有符合条件的记录。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="243" />
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="243" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="258" />
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="264" />
      <source>{count} entries written to {path}</source>
      <translation>已将 {count} 条记录写入 {path}</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="66" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="67" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="68" />
      <source>Workstation</source>
      <translation>工作站</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="69" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="70" />
      <source>Target</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/audit_page.py" line="71" />
      <source>Detail</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="37" />
      <location filename="../../counter_app/ui/booking_dialog.py" line="117" />
      <source>Book an appointment</source>
      <translation>预约登记</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="40" />
      <source>{day}  {start}–{end}   {free} of {capacity} place(s) free</source>
      <translation>{day}  {start}–{end}   余 {free} / {capacity} 个名额</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="52" />
      <source>Mobile or landline with area code</source>
      <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="55" />
      <source>Filter: name, pinyin or initials</source>
      <translation>筛选：名称、拼音或首字母</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="68" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="69" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="70" />
      <source>Service:</source>
      <translation>事项：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="71" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="73" />
      <source>Book</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="74" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/booking_dialog.py" line="104" />
      <source>Choose a service from the list.</source>
      <translation>请从列表中选择事项。</translation>
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
      <location filename="../../counter_app/ui/lookup_page.py" line="87" />
      <source>Hand out</source>
      <translation>发证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="100" />
      <source>Timeline</source>
      <translation>办理经过</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="117" />
      <source>Type to search; a scanned acceptance number selects the card.</source>
      <translation>输入即查询；扫描受理号可直接选中证件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="123" />
      <source>First {count} card(s) shown; type more to narrow down</source>
      <translation>仅显示前 {count} 张，请输入更多内容缩小范围</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="126" />
      <source>{count} card(s) found</source>
      <translation>找到 {count} 张证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="161" />
      <source>Card lookup</source>
      <translation>领证查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="171" />
      <source>No card selected</source>
      <translation>未选择证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="182" />
      <source>Acceptance no.: {no}</source>
      <translation>受理号：{no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="183" />
      <source>ID number: {id}</source>
      <translation>身份证号：{id}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="184" />
      <source>Accepted: {at}</source>
      <translation>受理时间：{at}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="185" />
      <source>Promised by: {date}</source>
      <translation>承诺办结：{date}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/lookup_page.py" line="188" />
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
    <name>CloseDayDialog</name>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="52" />
      <source>Close the day {day}</source>
      <translation>日结 {day}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="56" />
      <source>{count} same-day case(s) are not done. Give a reason for each: it goes to the follow-up notebook for the next working day.</source>
      <translation>有 {count} 件当日办业务未办结。请逐件填写原因，将转入下一工作日的待办。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="60" />
      <source>Every same-day case of this day is finished.</source>
      <translation>当日办业务已全部办结。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="66" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="67" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="68" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="69" />
      <source>Deadline</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="70" />
      <source>Reason not done</source>
      <translation>未办结原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="86" />
      <source>Close the day</source>
      <translation>日结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="105" />
      <source>Choose or type a reason</source>
      <translation>选择或输入原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="124" />
      <source>{count} case(s) still need a reason</source>
      <translation>还有 {count} 件未填原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="136" />
      <source>{closed} case(s) marked not done, {follow_ups} follow-up(s) created; {done} of {total} same-day case(s) were finished.</source>
      <translation>{closed} 件记为未办结，新建待办 {follow_ups} 条；当日办共 {total} 件，已办结 {done} 件。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/close_day_dialog.py" line="140" />
      <source>{count} case(s) were finished meanwhile and left as they are.</source>
      <translation>{count} 件已在此期间办结，保持不变。</translation>
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
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="93" />
      <source>First start: create the supervisor account</source>
      <translation>首次启动：创建主管账户</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="96" />
      <source>No user account exists yet. Create the supervisor account; the supervisor then adds the clerks' accounts under User management.</source>
      <translation>尚无用户账户。请先创建主管账户，再由主管在“用户管理”中添加窗口人员账户。</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="42" />
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="96" />
      <source>New follow-up</source>
      <translation>新建待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="51" />
      <source>What is to be done, e.g. call back about the move-in papers</source>
      <translation>待办内容，如：回电告知迁入材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="54" />
      <source>Optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="61" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="62" />
      <source>To do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="63" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="64" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_up_dialog.py" line="65" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsPage</name>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="41" />
      <source>To do: {open} ({overdue} overdue)</source>
      <translation>待办 {open}（超期 {overdue}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="44" />
      <source>To do: {open}</source>
      <translation>待办 {open}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="57" />
      <source>Show done</source>
      <translation>显示已完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="59" />
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="61" />
      <location filename="../../counter_app/ui/follow_ups_page.py" line="190" />
      <source>Tick done</source>
      <translation>标记完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="62" />
      <source>Mark the selected matter done (or double-click it, or press Enter)</source>
      <translation>将选中事项标记为完成（或双击、按回车）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="64" />
      <source>Reopen</source>
      <translation>撤销完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="65" />
      <source>Undo a tick given by mistake</source>
      <translation>撤销误标的完成</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="71" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="72" />
      <source>To do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="73" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="74" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="75" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="76" />
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="77" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="78" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message numerus="yes">
      <location filename="../../counter_app/ui/follow_ups_page.py" line="106" />
      <source>overdue %n day(s)</source>
      <translation>
        <numerusform>超期 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="107" />
      <source>due today</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="148" />
      <source>{open} open, {overdue} overdue</source>
      <translation>未完成 {open}，超期 {overdue}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="191" />
      <source>Done: {title}
Note (optional):</source>
      <translation>完成：{title}
备注（选填）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/follow_ups_page.py" line="209" />
      <source>Follow-ups</source>
      <translation>待办事项</translation>
    </message>
  </context>
  <context>
    <name>LockOverlay</name>
    <message>
      <location filename="../../counter_app/ui/idle_lock.py" line="68" />
      <source>Locked — enter the password of {user}</source>
      <translation>已锁屏 — 请输入 {user} 的密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/idle_lock.py" line="74" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="135" />
      <source>Counter Assistant — log in</source>
      <translation>户籍窗口助手 — 登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="142" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="143" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
  </context>
  <context>
    <name>MainMenu</name>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="28" />
      <source>&amp;Counter</source>
      <translation>窗口(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="29" />
      <source>Lock screen</source>
      <translation>锁屏</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="30" />
      <source>Change my password…</source>
      <translation>修改我的密码…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="31" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="33" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="35" />
      <source>&amp;Station</source>
      <translation>本所设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="36" />
      <source>Office hours…</source>
      <translation>办公时间…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="38" />
      <source>Users…</source>
      <translation>用户管理…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="40" />
      <source>Retention of personal data…</source>
      <translation>个人信息保存期限…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="42" />
      <source>Purge expired personal data now…</source>
      <translation>立即清除过期个人信息…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="38" />
      <source>Counter Assistant</source>
      <translation>户籍窗口助手</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="50" />
      <source>Service guide</source>
      <translation>服务指南</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="51" />
      <source>Card pickup</source>
      <translation>领证查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="52" />
      <source>Arrivals and notices</source>
      <translation>到证与通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="53" />
      <source>Same-day board</source>
      <translation>当日办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="54" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="55" />
      <source>To do</source>
      <translation>待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="56" />
      <source>Open / close</source>
      <translation>开窗/闭窗</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="57" />
      <source>Notice history</source>
      <translation>告知记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="58" />
      <source>Daily report</source>
      <translation>工作日报</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="66" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="76" />
      <source>Demo data: user {user}, password {password}</source>
      <translation>演示数据：用户 {user}，密码 {password}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="98" />
      <source>Clerk: {clerk}</source>
      <translation>窗口人员：{clerk}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="99" />
      <source>Database: {where}</source>
      <translation>数据库：{where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="104" />
      <source>Open the to-do notebook</source>
      <translation>打开待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="112" />
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
    <name>NewAccountForm</name>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="56" />
      <source>letters, digits or a police number</source>
      <translation>字母、数字或警号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="61" />
      <source>at least 8 characters, not digits only</source>
      <translation>至少 8 位，不能全为数字</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="64" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="65" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="68" />
      <source>Clerk</source>
      <translation>窗口人员</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="69" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="70" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="71" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="72" />
      <source>Password again</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/login_dialog.py" line="77" />
      <source>The two passwords differ; type the same password twice.</source>
      <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>NoticeHistoryPage</name>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="26" />
      <source>Name, ID number (or its last 4–6 digits) or phone</source>
      <translation>姓名、身份证号（或后4至6位）或电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="29" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="33" />
      <source>Notice no.</source>
      <translation>告知单编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="34" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="35" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="36" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="37" />
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="38" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="39" />
      <source>Missing items</source>
      <translation>尚缺材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="40" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="58" />
      <source>Type a name, ID number or phone and press Enter.</source>
      <translation>输入姓名、身份证号或电话后按回车查询。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="70" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/history_page.py" line="75" />
      <source>{count} notice(s) found</source>
      <translation>找到 {count} 份告知单</translation>
    </message>
  </context>
  <context>
    <name>OfficeHoursDialog</name>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="73" />
      <source>Office hours</source>
      <translation>办公时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="77" />
      <source>Regular periods</source>
      <translation>常规办公时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="77" />
      <source>Weekend duty periods</source>
      <translation>周末值班时段</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="83" />
      <source>Periods as 08:30-12:00, 14:00-17:30; the gap between two periods is the lunch break; leave empty for a day without service</source>
      <translation>时段格式如 08:30-12:00, 14:00-17:30；两时段之间为午休；当天不办公则留空</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="91" />
      <source>Extended service on working days until</source>
      <translation>工作日延时服务至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="110" />
      <source>A make-up working day follows the schedule of</source>
      <translation>调休上班日参照</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="116" />
      <source>Statutory holidays and make-up working days come from the chinese-calendar package plus the station file {path} (for years the package does not know yet).</source>
      <translation>法定节假日和调休上班日取自 chinese-calendar 数据包，以及本所文件 {path}（用于数据包尚未收录的年份）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="131" />
      <source>Periods per weekday, e.g. 08:30-12:00, 14:00-17:30 (the gap is the lunch break). Weekend duty counts as after hours.</source>
      <translation>按星期填写办公时段，如 08:30-12:00, 14:00-17:30（中间为午休）。周末值班计为延时服务。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="149" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="150" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="151" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="152" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="153" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="154" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_hours_dialog.py" line="155" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
  </context>
  <context>
    <name>OfficeStatus</name>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="26" />
      <source>{minutes} min</source>
      <translation>{minutes} 分钟</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="27" />
      <source>{hours} h {minutes:02d} min</source>
      <translation>{hours} 小时 {minutes:02d} 分钟</translation>
    </message>
  </context>
  <context>
    <name>OfficeStatusLabel</name>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="62" />
      <source>Regular hours · lunch break in {left} ({time})</source>
      <translation>正常办公 · 距午休 {left}（{time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="64" />
      <source>Regular hours · closes in {left} ({time})</source>
      <translation>正常办公 · 距下班 {left}（{time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="67" />
      <source>Lunch break — extended service</source>
      <translation>午间延时服务中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="69" />
      <source>After hours — extended service until {time}</source>
      <translation>延时服务中 · 至 {time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="71" />
      <source>Weekend duty · ends in {left} ({time})</source>
      <translation>周末值班 · 距结束 {left}（{time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="73" />
      <source>Closed — public holiday</source>
      <translation>法定节假日休息</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="74" />
      <source>Closed</source>
      <translation>非办公时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="81" />
      <source>Opens again at {time}</source>
      <translation>{time} 恢复办公</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="82" />
      <source>Opens again on {date} at {time}</source>
      <translation>{date} {time} 恢复办公</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="87" />
      <source>New password for {user}</source>
      <translation>{user} 的新密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="96" />
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="97" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="98" />
      <source>New password again</source>
      <translation>确认新密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="101" />
      <source>Resetting the password also lifts a lockout.</source>
      <translation>重置密码同时解除账户锁定。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="111" />
      <source>The two passwords differ; type the same password twice.</source>
      <translation>两次输入的密码不一致，请重新输入。</translation>
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
    <name>RecordCaseDialog</name>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="34" />
      <location filename="../../counter_app/ui/record_case_dialog.py" line="61" />
      <source>Record the case</source>
      <translation>登记办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="36" />
      <source>Service:</source>
      <translation>事项：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="37" />
      <source>Applicant:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="40" />
      <source>Serving since:</source>
      <translation>开始办理：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="43" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="45" />
      <source>Done now</source>
      <translation>当场办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="47" />
      <source>Accept, finish later</source>
      <translation>受理，稍后办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/record_case_dialog.py" line="48" />
      <source>Same-day services go on the same-day board with their deadline</source>
      <translation>当日办事项连同办结时限列入当日办</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="81" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="82" />
      <location filename="../../counter_app/ui/report_page.py" line="141" />
      <source>Cases</source>
      <translation>办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="83" />
      <source>Done</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="84" />
      <location filename="../../counter_app/ui/report_page.py" line="143" />
      <source>Accepted</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="85" />
      <source>Notice</source>
      <translation>告知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="86" />
      <location filename="../../counter_app/ui/report_page.py" line="146" />
      <source>Refused</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="87" />
      <source>Not done</source>
      <translation>未办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="88" />
      <source>After hours</source>
      <translation>延时</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="114" />
      <source>Whole month</source>
      <translation>整月</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="116" />
      <source>Show</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="119" />
      <source>Export PDF…</source>
      <translation>导出PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="121" />
      <source>Export XLSX…</source>
      <translation>导出Excel…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="123" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="126" />
      <source>Period:</source>
      <translation>统计期间：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="136" />
      <source>Key figures</source>
      <translation>主要数据</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="142" />
      <source>Done on the spot</source>
      <translation>当场办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="144" />
      <source>One-time notice (cases)</source>
      <translation>一次性告知（件）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="145" />
      <source>One-time notices issued</source>
      <translation>发放一次性告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="147" />
      <source>Not done / in progress</source>
      <translation>未办结 / 办理中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="148" />
      <source>After hours (cases / min)</source>
      <translation>延时服务（件 / 分钟）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="149" />
      <source>Same-day kept / promised</source>
      <translation>当日办兑现 / 承诺</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="150" />
      <source>ID cards accepted</source>
      <translation>身份证受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="151" />
      <source>ID cards arrived</source>
      <translation>身份证到证</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="152" />
      <source>ID cards collected</source>
      <translation>身份证领取</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="153" />
      <source>Appointments</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="154" />
      <source>Checked in</source>
      <translation>已到场</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="155" />
      <source>No-shows</source>
      <translation>未到</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="156" />
      <source>Overdue follow-ups</source>
      <translation>超期待办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="182" />
      <source>Daily report</source>
      <translation>工作日报</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="215" />
      <source>{station} — {period} (counted at {time})</source>
      <translation>{station} — {period}（统计于 {time}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="247" />
      <source>{pending} still in progress before their deadline</source>
      <translation>另有 {pending} 件办理中，尚未到期</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="252" />
      <source>Waiting {booked}, cancelled {cancelled}</source>
      <translation>待到 {booked}，取消 {cancelled}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="264" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="288" />
      <source>{month}/{day} {weekday}</source>
      <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="292" />
      <source>{cases} case(s), {minutes} min after hours, same-day kept {kept} / {promised}</source>
      <translation>办件 {cases} 件，延时 {minutes} 分钟，当日办兑现 {kept} / {promised}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="298" />
      <source>Cases per day</source>
      <translation>每日办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="298" />
      <location filename="../../counter_app/ui/report_page.py" line="301" />
      <source>No cases in this period</source>
      <translation>本期无办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="301" />
      <source>Cases by service</source>
      <translation>各事项办件</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="305" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="306" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="307" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="308" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="309" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="310" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="311" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="322" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="325" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="332" />
      <source>Export report</source>
      <translation>导出日报</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="347" />
      <source>The file cannot be saved: {reason}</source>
      <translation>无法保存文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/report_page.py" line="359" />
      <source>Daily report {period}</source>
      <translation>工作日报 {period}</translation>
    </message>
  </context>
  <context>
    <name>RoutineDialog</name>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="57" />
      <source>Opening and closing checklists</source>
      <translation>开窗/闭窗清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="59" />
      <source>Opening</source>
      <translation>开窗准备</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="59" />
      <source>Closing</source>
      <translation>闭窗整理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="64" />
      <source>Double-click an item (or press F2) to change its text.</source>
      <translation>双击条目（或按 F2）修改内容。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="89" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="90" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="91" />
      <source>Up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_dialog.py" line="92" />
      <source>Down</source>
      <translation>下移</translation>
    </message>
  </context>
  <context>
    <name>RoutinePage</name>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="51" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="54" />
      <source>Edit lists…</source>
      <translation>编辑清单…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="57" />
      <source>Opening</source>
      <translation>开窗准备</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="57" />
      <source>Closing</source>
      <translation>闭窗整理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="77" />
      <source>Day:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="95" />
      <source>Only a supervisor can change the checklists</source>
      <translation>只有主管可以修改清单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="102" />
      <source>Opening: {open} left, closing: {close} left</source>
      <translation>开窗准备剩 {open} 项，闭窗整理剩 {close} 项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="133" />
      <source>No longer on the list; ticked on this day before it was removed</source>
      <translation>已不在清单中；删除前已于当日勾选</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/routine_page.py" line="160" />
      <source>Opening and closing</source>
      <translation>开窗/闭窗</translation>
    </message>
  </context>
  <context>
    <name>SameDayPage</name>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="86" />
      <location filename="../../counter_app/ui/same_day_page.py" line="280" />
      <source>Same-day board</source>
      <translation>当日办</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="87" />
      <source>After-hours log</source>
      <translation>延时服务记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="103" />
      <location filename="../../counter_app/ui/same_day_page.py" line="172" />
      <source>Done</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="104" />
      <source>Mark the selected case done (or double-click it, or press Enter)</source>
      <translation>将选中业务标记为办结（或双击、按回车）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="106" />
      <source>Close the day…</source>
      <translation>日结…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="110" />
      <location filename="../../counter_app/ui/same_day_page.py" line="146" />
      <source>Service</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="111" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="112" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="113" />
      <source>Deadline</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="114" />
      <source>Time left</source>
      <translation>剩余时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="115" />
      <location filename="../../counter_app/ui/same_day_page.py" line="149" />
      <source>Outcome</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="123" />
      <source>Day:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="143" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="144" />
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="145" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="147" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="148" />
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="156" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="158" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="171" />
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="173" />
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="174" />
      <source>One-time notice given</source>
      <translation>一次性告知</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="175" />
      <source>Refused</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="176" />
      <source>Not done today</source>
      <translation>当日未办结</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="182" />
      <source>Lunch break</source>
      <translation>午休</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="183" />
      <source>After closing</source>
      <translation>下班后</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="184" />
      <source>Before opening</source>
      <translation>上班前</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="185" />
      <source>Weekend duty</source>
      <translation>周末值班</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="186" />
      <source>Public holiday</source>
      <translation>法定节假日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="187" />
      <source>Rest day</source>
      <translation>休息日</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="188" />
      <source>Appointment</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="189" />
      <source>Green channel</source>
      <translation>绿色通道</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="195" />
      <source>late</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="197" />
      <source>overdue {duration}</source>
      <translation>超时 {duration}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="248" />
      <source>{open} open ({overdue} overdue), {finished} finished of {total}</source>
      <translation>共 {total} 件：已办结 {finished}，未办结 {open}（超时 {overdue}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/same_day_page.py" line="320" />
      <source>Total: {cases} case(s), {minutes} minute(s) after hours</source>
      <translation>合计：{cases} 件，延时 {minutes} 分钟</translation>
    </message>
  </context>
  <context>
    <name>ServiceGuidePage</name>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="71" />
      <source>Type a name, pinyin or initials, e.g. csdj</source>
      <translation>输入名称、拼音或首字母，如 csdj</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="95" />
      <source>Legal basis:</source>
      <translation>设定依据：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="96" />
      <source>Fee:</source>
      <translation>收费：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="97" />
      <source>Statutory time limit:</source>
      <translation>法定时限：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="98" />
      <source>Promised time limit:</source>
      <translation>承诺时限：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="99" />
      <source>On the spot:</source>
      <translation>当场办结：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="101" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="105" />
      <source>18-digit citizen ID number</source>
      <translation>18位公民身份号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="111" />
      <source>Regular</source>
      <translation>普通</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="111" />
      <source>Appointment</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="112" />
      <source>Green channel (e.g. exam candidates)</source>
      <translation>绿色通道（如考生）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="114" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="115" />
      <source>ID number:</source>
      <translation>身份证号：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="117" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="118" />
      <source>Channel:</source>
      <translation>渠道：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="120" />
      <source>Questions</source>
      <translation>情况询问</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="138" />
      <source>Print notice</source>
      <translation>打印告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="140" />
      <location filename="../../counter_app/ui/guide_page.py" line="321" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="142" />
      <location filename="../../counter_app/ui/guide_page.py" line="401" />
      <source>Accept</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="144" />
      <source>ID-card services: record the case and print the receipt; other services: record the case as done or accepted</source>
      <translation>身份证业务：登记受理并打印领取凭证；其他事项：登记为办结或受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="150" />
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="163" />
      <source>Materials</source>
      <translation>申请材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="211" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="211" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="218" />
      <source>Choose a service on the left</source>
      <translation>请在左侧选择办理事项</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="267" />
      <source>All materials present; the application can be accepted</source>
      <translation>材料齐全，可以受理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="268" />
      <source>Still missing {count} item(s): {items}</source>
      <translation>尚缺 {count} 项：{items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="272" />
      <source> (only items that may be handed in later; the application can be accepted)</source>
      <translation>（均为容缺后补材料，可以先行受理）</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="281" />
      <location filename="../../counter_app/ui/guide_page.py" line="285" />
      <source>Notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="281" />
      <source>The ID number is not valid: {reason}</source>
      <translation>身份证号有误：{reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="285" />
      <source>Please enter the applicant's name.</source>
      <translation>请填写申请人姓名。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="308" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="309" />
      <source>Print preview is not available on this computer (QtPdf missing); use Save as PDF.</source>
      <translation>本机无法打印预览（缺少 QtPdf 组件），请使用“另存为PDF”。</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="311" />
      <source>One-time notice {no}</source>
      <translation>一次性告知单 {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="321" />
      <source>notice</source>
      <translation>告知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="321" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="401" />
      <source>Accepted: {no}</source>
      <translation>已受理：{no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/guide_page.py" line="403" />
      <source>Receipt {no}</source>
      <translation>领取凭证 {no}</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="129" />
      <source>User management</source>
      <translation>用户管理</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="131" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="132" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="133" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="134" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="135" />
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="140" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="141" />
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="142" />
      <source>Disable</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="143" />
      <source>Enable</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="144" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="173" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="173" />
      <source>Clerk</source>
      <translation>窗口人员</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/users_dialog.py" line="174" />
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
  </context>
</TS>