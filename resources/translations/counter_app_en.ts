<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="45" />
      <source>About Counter Assistant</source>
      <translation>About Counter Assistant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="50" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="51" />
      <source>Python:</source>
      <translation>Python:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="52" />
      <source>Qt:</source>
      <translation>Qt:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="52" />
      <source>{qt} (PySide6 {pyside})</source>
      <translation>{qt} (PySide6 {pyside})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="53" />
      <source>Data folder:</source>
      <translation>Data folder:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="54" />
      <source>Log file:</source>
      <translation>Log file:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="55" />
      <source>Backup folder:</source>
      <translation>Backup folder:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="56" />
      <source>Database:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="57" />
      <source>Clerk:</source>
      <translation>Clerk:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="60" />
      <source>Counter Assistant (户籍窗口助手)</source>
      <translation>Counter Assistant (户籍窗口助手)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="72" />
      <source>Open data folder</source>
      <translation>Open data folder</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="74" />
      <source>Open log folder</source>
      <translation>Open log folder</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="76" />
      <source>Copy details</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="77" />
      <source>Copy these details to the clipboard, e.g. for a support request</source>
      <translation>Copy these details to the clipboard, e.g. for a support request</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/about_dialog.py" line="94" />
      <source>Counter Assistant</source>
      <translation>Counter Assistant</translation>
    </message>
  </context>
  <context>
    <name>AcceptDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="43" />
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="96" />
      <source>Accept application</source>
      <translation>Accept application</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="45" />
      <source>Applicant:</source>
      <translation>Applicant:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="50" />
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="55" />
      <source>Fee (yuan):</source>
      <translation>Fee (yuan):</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="59" />
      <source>Pickup:</source>
      <translation>Pickup:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="60" />
      <source>A temporary ID card is issued as well</source>
      <translation>A temporary ID card is issued as well</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="63" />
      <source>80 mm receipt roll</source>
      <translation>80 mm receipt roll</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="68" />
      <source>Receipt:</source>
      <translation>Receipt:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="73" />
      <source>A 16- or 17-year-old applying alone: call the guardian first and note the result (or why they could not be reached).</source>
      <translation>A 16- or 17-year-old applying alone: call the guardian first and note the result (or why they could not be reached).</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="79" />
      <source>e.g. mother reached by phone, agrees</source>
      <translation>e.g. mother reached by phone, agrees</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/accept_dialog.py" line="81" />
      <source>Guardian contacted:</source>
      <translation>Guardian contacted:</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="164" />
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="177" />
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="182" />
      <source>Supervisor account</source>
      <translation>Supervisor account</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="165" />
      <source>The supervisor adds the clerks' accounts later, under User management.</source>
      <translation>The supervisor adds the clerks' accounts later, under User management.</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="50" />
      <source>Add a user</source>
      <translation>Add a user</translation>
    </message>
  </context>
  <context>
    <name>AdminActions</name>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="45" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="48" />
      <source>Backup written to {path} ({size:,} bytes).</source>
      <translation>Backup written to {path} ({size:,} bytes).</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="56" />
      <source>ID card cases</source>
      <translation>ID card cases</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="57" />
      <source>One-time notices</source>
      <translation>One-time notices</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="58" />
      <source>Counter service cases</source>
      <translation>Counter service cases</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="59" />
      <source>Appointments</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="60" />
      <source>Follow-ups</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="66" />
      <source>Purge old personal data</source>
      <translation>Purge old personal data</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="78" />
      <source>The retention period is 0 (keep for ever): nothing is purged.</source>
      <translation>The retention period is 0 (keep for ever): nothing is purged.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="81" />
      <source>The retention period is {years} year(s). Erase names, ID numbers, phones and notes of records finished before {date}? The records and counts stay; the personal data cannot be restored.</source>
      <translation>The retention period is {years} year(s). Erase names, ID numbers, phones and notes of records finished before {date}? The records and counts stay; the personal data cannot be restored.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="95" />
      <source>Personal data erased from {total} record(s):</source>
      <translation>Personal data erased from {total} record(s):</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="102" />
      <source>Retention period</source>
      <translation>Retention period</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/admin_actions.py" line="107" />
      <source>Years after a record is finished (a card collected, a case done) before its personal data are erased; 0 keeps them for ever:</source>
      <translation>Years after a record is finished (a card collected, a case done) before its personal data are erased; 0 keeps them for ever:</translation>
    </message>
  </context>
  <context>
    <name>ApplicantScreen</name>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="70" />
      <source>Applicant's screen</source>
      <translation>Applicant's screen</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="95" />
      <source>Welcome. Please wait to be called.</source>
      <translation>Welcome. Please wait to be called.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="130" />
      <source>Office hours: {hours}</source>
      <translation>Office hours: {hours}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="131" />
      <source>Telephone: {phone}</source>
      <translation>Telephone: {phone}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="142" />
      <source>Applicant: {name}  {id} — please check</source>
      <translation>Applicant: {name}  {id} — please check</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="151" />
      <source>Still missing: {items}</source>
      <translation>Still missing: {items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="153" />
      <source>All materials are here.</source>
      <translation>All materials are here.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="156" />
      <source>Fee: {fee}</source>
      <translation>Fee: {fee}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/applicant_screen.py" line="157" />
      <source>Done by: {promised}</source>
      <translation>Done by: {promised}</translation>
    </message>
  </context>
  <context>
    <name>AppointmentTemplateDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="97" />
      <source>Appointment template</source>
      <translation>Appointment template</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="101" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="102" />
      <source>Weekdays</source>
      <translation>Weekdays</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="103" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="104" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="105" />
      <source>Slot minutes</source>
      <translation>Slot minutes</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="106" />
      <source>Places per slot</source>
      <translation>Places per slot</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="107" />
      <source>Days</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="108" />
      <source>Not on public holidays</source>
      <translation>Not on public holidays</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="119" />
      <source>Add block</source>
      <translation>Add block</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="121" />
      <source>Remove block</source>
      <translation>Remove block</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="129" />
      <source>Weekdays: 1 = Monday … 7 = Sunday, e.g. 1-5 or 6,7. Working days and rest days follow the official calendar, make-up working days included. Times as 17:30.</source>
      <translation>Weekdays: 1 = Monday … 7 = Sunday, e.g. 1-5 or 6,7. Working days and rest days follow the official calendar, make-up working days included. Times as 17:30.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="147" />
      <source>Working days</source>
      <translation>Working days</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="147" />
      <source>Rest days</source>
      <translation>Rest days</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/appointment_template_dialog.py" line="147" />
      <source>Any day</source>
      <translation>Any day</translation>
    </message>
  </context>
  <context>
    <name>AppointmentsPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="125" />
      <source>◀ Previous day</source>
      <translation>◀ Previous day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="130" />
      <source>Next day ▶</source>
      <translation>Next day ▶</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="132" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="134" />
      <source>Generate slots for this day</source>
      <translation>Generate slots for this day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="135" />
      <source>Create the template's slots; existing slots stay as they are</source>
      <translation>Create the template's slots; existing slots stay as they are</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="138" />
      <source>Generate the next {days} days</source>
      <translation>Generate the next {days} days</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="141" />
      <source>Print tomorrow's list</source>
      <translation>Print tomorrow's list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <source>Capacity</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <source>Booked</source>
      <translation>Booked</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="152" />
      <source>Free</source>
      <translation>Free</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="154" />
      <source>Slots</source>
      <translation>Slots</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="160" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="164" />
      <source>Book…</source>
      <translation>Book…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="166" />
      <source>Check in</source>
      <translation>Check in</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="168" />
      <source>Mark no-show</source>
      <translation>Mark no-show</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="170" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="354" />
      <source>Cancel booking</source>
      <translation>Cancel booking</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="172" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="362" />
      <source>Mark no-shows for the day</source>
      <translation>Mark no-shows for the day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="173" />
      <source>Every booking still open after its slot ended becomes a no-show</source>
      <translation>Every booking still open after its slot ended becomes a no-show</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="177" />
      <source>Confirmation code</source>
      <translation>Confirmation code</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="180" />
      <source>Check in by code</source>
      <translation>Check in by code</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="181" />
      <source>The code the applicant got when booking, e.g. on the station's web page</source>
      <translation>The code the applicant got when booking, e.g. on the station's web page</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="190" />
      <source>Bookings</source>
      <translation>Bookings</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="227" />
      <source>No slots on this day. Generate them from the template.</source>
      <translation>No slots on this day. Generate them from the template.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="246" />
      <source>Bookings of the day</source>
      <translation>Bookings of the day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="249" />
      <source>Bookings {start}–{end}</source>
      <translation>Bookings {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="275" />
      <source>This slot is fully booked</source>
      <translation>This slot is fully booked</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="91" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="290" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="320" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="333" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="364" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="380" />
      <source>Appointments</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="295" />
      <source>{count} slot(s) created from {first} to {last}</source>
      <translation>{count} slot(s) created from {first} to {last}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="310" />
      <source>Booked: {name}, {time}</source>
      <translation>Booked: {name}, {time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="327" />
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="341" />
      <source>{name} checked in</source>
      <translation>{name} checked in</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="345" />
      <source>{name} marked as no-show</source>
      <translation>{name} marked as no-show</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="351" />
      <source>Cancel the booking of {name} ({time})? The place becomes free again.</source>
      <translation>Cancel the booking of {name} ({time})? The place becomes free again.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="355" />
      <source>Booking of {name} cancelled</source>
      <translation>Booking of {name} cancelled</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="359" />
      <source>Mark every booking of {day} still open after its slot ended as a no-show?</source>
      <translation>Mark every booking of {day} still open after its slot ended as a no-show?</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="368" />
      <source>{count} booking(s) marked as no-show</source>
      <translation>{count} booking(s) marked as no-show</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/appointments_page.py" line="374" />
      <source>Appointments {day}</source>
      <translation>Appointments {day}</translation>
    </message>
  </context>
  <context>
    <name>ArrivalsPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="102" />
      <source>Import dispatch list…</source>
      <translation>Import dispatch list…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="104" />
      <source>Confirm arrival</source>
      <translation>Confirm arrival</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="111" />
      <source>Choose a CSV or XLSX dispatch list to check it before anything changes.</source>
      <translation>Choose a CSV or XLSX dispatch list to check it before anything changes.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="113" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="113" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="140" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Acceptance no.</source>
      <translation>Acceptance no.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="113" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="140" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="114" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="114" />
      <source>Remark</source>
      <translation>Remark</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="116" />
      <source>Scan a card's acceptance number to shelve it</source>
      <translation>Scan a card's acceptance number to shelve it</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="119" />
      <source>Print shelf list</source>
      <translation>Print shelf list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="126" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="168" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="172" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="237" />
      <source>Card arrivals</source>
      <translation>Card arrivals</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="140" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Arrived on</source>
      <translation>Arrived on</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="141" />
      <source>Notify by</source>
      <translation>Notify by</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="141" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="141" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="378" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="142" />
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="377" />
      <source>Storage place</source>
      <translation>Storage place</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="143" />
      <source>Mark notified by phone</source>
      <translation>Mark notified by phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="145" />
      <source>Mark notified by SMS</source>
      <translation>Mark notified by SMS</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="147" />
      <source>Export SMS CSV…</source>
      <translation>Export SMS CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="151" />
      <source>Print pickup notice</source>
      <translation>Print pickup notice</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="153" />
      <source>Overdue pickups…</source>
      <translation>Overdue pickups…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="161" />
      <source>To be notified</source>
      <translation>To be notified</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="176" />
      <source>Import dispatch list</source>
      <translation>Import dispatch list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="177" />
      <source>Dispatch lists (*.csv *.xlsx)</source>
      <translation>Dispatch lists (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="206" />
      <source>Choose the sheet</source>
      <translation>Choose the sheet</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="207" />
      <source>Several sheets of this workbook hold a dispatch list. Which one do you want to import?</source>
      <translation>Several sheets of this workbook hold a dispatch list. Which one do you want to import?</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="223" />
      <source>Commit the {good} good row(s) and put the {problems} problem row(s) on the to-do list</source>
      <translation>Commit the {good} good row(s) and put the {problems} problem row(s) on the to-do list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="235" />
      <source>The problem rows stay not arrived until they are sorted out; each one goes on the to-do list with its acceptance number, row and problem.</source>
      <translation>The problem rows stay not arrived until they are sorted out; each one goes on the to-do list with its acceptance number, row and problem.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="266" />
      <source>Stored at {place}</source>
      <translation>Stored at {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="279" />
      <source>{file}: {count} card(s) marked arrived</source>
      <translation>{file}: {count} card(s) marked arrived</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="281" />
      <source>; {problems} problem row(s) put on the to-do list</source>
      <translation>; {problems} problem row(s) put on the to-do list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="283" />
      <source>{file}: {problems} of {total} row(s) have a problem, listed first. Nothing can be committed until they are corrected at the source and the list is imported again — or commit the {count} good row(s) and put the problems on the to-do list.</source>
      <translation>{file}: {problems} of {total} row(s) have a problem, listed first. Nothing can be committed until they are corrected at the source and the list is imported again — or commit the {count} good row(s) and put the problems on the to-do list.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="288" />
      <source>{file}: {total} row(s), {count} can be marked arrived, {other} already recorded</source>
      <translation>{file}: {total} row(s), {count} can be marked arrived, {other} already recorded</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="291" />
      <source> (sheet {sheet})</source>
      <translation> (sheet {sheet})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="300" />
      <source>To-do list</source>
      <translation>To-do list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="300" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="301" />
      <source>Already recorded</source>
      <translation>Already recorded</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="293" />
      <source> (this file was imported before)</source>
      <translation> (this file was imported before)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="72" />
      <source>Arrivals and notices</source>
      <translation>Arrivals and notices</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="298" />
      <source>Arrived</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="298" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="307" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="314" />
      <source>{count} holder(s) to notify</source>
      <translation>{count} holder(s) to notify</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="323" />
      <source>Select the holders who were notified first.</source>
      <translation>Select the holders who were notified first.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="332" />
      <source>Export SMS CSV</source>
      <translation>Export SMS CSV</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="333" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="342" />
      <source>Select one holder to print the pickup notice for.</source>
      <translation>Select one holder to print the pickup notice for.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="344" />
      <source>Pickup notice {no}</source>
      <translation>Pickup notice {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="363" />
      <source>{name}: put it in {place}</source>
      <translation>{name}: put it in {place}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="368" />
      <source>Shelf list</source>
      <translation>Shelf list</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="376" />
      <source>Overdue pickups</source>
      <translation>Overdue pickups</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="378" />
      <source>Days waiting</source>
      <translation>Days waiting</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="378" />
      <source>Notified</source>
      <translation>Notified</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="379" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/arrivals_page.py" line="379" />
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="148" />
      <source>Beginning of the action name, e.g. card. for every card action</source>
      <translation>Beginning of the action name, e.g. card. for every card action</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="150" />
      <source>Acceptance no., notice no., searched text…</source>
      <translation>Acceptance no., notice no., searched text…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="154" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="156" />
      <source>Export CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="160" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="162" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="164" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="166" />
      <source>Workstation</source>
      <translation>Workstation</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="168" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="170" />
      <source>Target contains</source>
      <translation>Target contains</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="191" />
      <source>◀ Previous 500</source>
      <translation>◀ Previous 500</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="192" />
      <source>Next 500 ▶</source>
      <translation>Next 500 ▶</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="202" />
      <source>Verify the log now</source>
      <translation>Verify the log now</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="230" />
      <source>Only a supervisor may view the audit log.</source>
      <translation>Only a supervisor may view the audit log.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="127" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="248" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="270" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="287" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="331" />
      <location filename="../../counter_app/ui/pages/audit_page.py" line="334" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="252" />
      <source>The audit log has not been verified yet.</source>
      <translation>The audit log has not been verified yet.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="254" />
      <source>Audit log intact: {count} entries verified, triggers in place ({at}).</source>
      <translation>Audit log intact: {count} entries verified, triggers in place ({at}).</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="256" />
      <source>Audit log verification FAILED at entry {id}: {reason} ({at}).</source>
      <translation>Audit log verification FAILED at entry {id}: {reason} ({at}).</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="263" />
      <source>Refused number searches in the last 7 days: {count}.</source>
      <translation>Refused number searches in the last 7 days: {count}.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="306" />
      <source>Entries {first}–{last}, newest first</source>
      <translation>Entries {first}–{last}, newest first</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="311" />
      <source>No entries match.</source>
      <translation>No entries match.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="317" />
      <source>Export the audit log</source>
      <translation>Export the audit log</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="317" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="330" />
      <source>{count} entries written to {path}</source>
      <translation>{count} entries written to {path}</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="80" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="81" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="82" />
      <source>Workstation</source>
      <translation>Workstation</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="83" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="84" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/audit_page.py" line="85" />
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="38" />
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="114" />
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="126" />
      <source>Book an appointment</source>
      <translation>Book an appointment</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="41" />
      <source>{day}  {start}–{end}   {free} of {capacity} place(s) free</source>
      <translation>{day}  {start}–{end}   {free} of {capacity} place(s) free</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="53" />
      <source>Mobile or landline with area code</source>
      <translation>Mobile or landline with area code</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="56" />
      <source>Filter: name, pinyin or initials</source>
      <translation>Filter: name, pinyin or initials</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="60" />
      <source>Choose a service</source>
      <translation>Choose a service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="70" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="71" />
      <source>Phone:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="72" />
      <source>Service:</source>
      <translation>Service:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="73" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="75" />
      <source>Book</source>
      <translation>Book</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="76" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/booking_dialog.py" line="110" />
      <source>Choose a service from the list.</source>
      <translation>Choose a service from the list.</translation>
    </message>
  </context>
  <context>
    <name>CardLookupPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="45" />
      <source>Card pickup</source>
      <translation>Card pickup</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="68" />
      <source>Name, pinyin, last 4–6 digits of the ID number, acceptance no., phone ending</source>
      <translation>Name, pinyin, last 4–6 digits of the ID number, acceptance no., phone ending</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="118" />
      <source>Hand &amp;out</source>
      <translation>Hand &amp;out</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="121" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="259" />
      <source>Show full numbers</source>
      <translation>Show full numbers</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="122" />
      <source>Supervisor only; every use is recorded in the audit log</source>
      <translation>Supervisor only; every use is recorded in the audit log</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="136" />
      <source>Timeline</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="152" />
      <source>{found} · the ID card read expired on {date}</source>
      <translation>{found} · the ID card read expired on {date}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="162" />
      <source>Type to search; a scanned acceptance number selects the card.</source>
      <translation>Type to search; a scanned acceptance number selects the card.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="173" />
      <source>First {count} card(s) shown; type more to narrow down</source>
      <translation>First {count} card(s) shown; type more to narrow down</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="176" />
      <source>{count} card(s) found</source>
      <translation>{count} card(s) found</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="216" />
      <source>Card lookup</source>
      <translation>Card lookup</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="223" />
      <source>No card selected</source>
      <translation>No card selected</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="236" />
      <source>Acceptance no.: {no}</source>
      <translation>Acceptance no.: {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="237" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="265" />
      <source>ID number: {id}</source>
      <translation>ID number: {id}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="238" />
      <source>Accepted: {at}</source>
      <translation>Accepted: {at}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="239" />
      <source>Promised by: {date}</source>
      <translation>Promised by: {date}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="242" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="267" />
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="268" />
      <source>Phone: {phone}</source>
      <translation>Phone: {phone}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/lookup_page.py" line="280" />
      <source>Receipt {no}</source>
      <translation>Receipt {no}</translation>
    </message>
  </context>
  <context>
    <name>CardReaderDesk</name>
    <message>
      <location filename="../../counter_app/ui/card_reader.py" line="100" />
      <source>ID-card reader library not found: {path}</source>
      <translation>ID-card reader library not found: {path}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/card_reader.py" line="145" />
      <source>ID-card reader</source>
      <translation>ID-card reader</translation>
    </message>
  </context>
  <context>
    <name>CardTableModel</name>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="17" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="18" />
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="19" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="20" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="21" />
      <source>Days waiting</source>
      <translation>Days waiting</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/card_table_model.py" line="22" />
      <source>Storage place</source>
      <translation>Storage place</translation>
    </message>
  </context>
  <context>
    <name>CloseDayDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="53" />
      <source>Close the day {day}</source>
      <translation>Close the day {day}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="57" />
      <source>{count} same-day case(s) are not done. Give a reason for each: it goes to the follow-up notebook for the next working day.</source>
      <translation>{count} same-day case(s) are not done. Give a reason for each: it goes to the follow-up notebook for the next working day.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="61" />
      <source>Every same-day case of this day is finished.</source>
      <translation>Every same-day case of this day is finished.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="67" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="68" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="69" />
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="70" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="71" />
      <source>Reason not done</source>
      <translation>Reason not done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="87" />
      <source>Close the day</source>
      <translation>Close the day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="106" />
      <source>Choose or type a reason</source>
      <translation>Choose or type a reason</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="125" />
      <source>{count} case(s) still need a reason</source>
      <translation>{count} case(s) still need a reason</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="136" />
      <source>{closed} case(s) marked not done, {follow_ups} follow-up(s) created; {done} of {total} same-day case(s) were finished.</source>
      <translation>{closed} case(s) marked not done, {follow_ups} follow-up(s) created; {done} of {total} same-day case(s) were finished.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/close_day_dialog.py" line="140" />
      <source>{count} case(s) were finished meanwhile and left as they are.</source>
      <translation>{count} case(s) were finished meanwhile and left as they are.</translation>
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
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="47" />
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="137" />
      <source>Where this counter keeps its records.</source>
      <translation>Where this counter keeps its records.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="52" />
      <source>This computer (a single counter)</source>
      <translation>This computer (a single counter)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="53" />
      <source>A shared PostgreSQL server (several counters)</source>
      <translation>A shared PostgreSQL server (several counters)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="57" />
      <source>Database file: {path}</source>
      <translation>Database file: {path}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="62" />
      <source>Paste the address the other counters use; it fills the fields below.</source>
      <translation>Paste the address the other counters use; it fills the fields below.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="66" />
      <source>host name or IP address</source>
      <translation>host name or IP address</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="73" />
      <source>Test connection</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="77" />
      <source>PostgreSQL server</source>
      <translation>PostgreSQL server</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="79" />
      <source>Address (optional)</source>
      <translation>Address (optional)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="80" />
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="81" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="83" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="84" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="88" />
      <source>Enter the counters' role here, not the database owner. The owner first upgrades the database and creates this role on the server (see “Privacy and audit” in the manual); the counters' role may read and write records and only add to the audit log.</source>
      <translation>Enter the counters' role here, not the database owner. The owner first upgrades the database and creates this role on the server (see “Privacy and audit” in the manual); the counters' role may read and write records and only add to the audit log.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="135" />
      <source>The shared PostgreSQL server the station's other counters use.</source>
      <translation>The shared PostgreSQL server the station's other counters use.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="179" />
      <source>This computer: {path}</source>
      <translation>This computer: {path}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="180" />
      <source>PostgreSQL server: {url}</source>
      <translation>PostgreSQL server: {url}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="203" />
      <source>Connection succeeded.</source>
      <translation>Connection succeeded.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_database_page.py" line="219" />
      <source>This database holds no station yet (no user accounts). Check the database name, or go back and choose to set up a new station.</source>
      <translation>This database holds no station yet (no user accounts). Check the database name, or go back and choose to set up a new station.</translation>
    </message>
  </context>
  <context>
    <name>DeviceSettingsBox</name>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="27" />
      <source>ID-card reader and applicant's screen</source>
      <translation>ID-card reader and applicant's screen</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="30" />
      <source>{name} beside the program or on PATH</source>
      <translation>{name} beside the program or on PATH</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="31" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="38" />
      <source>Find it (USB, then serial)</source>
      <translation>Find it (USB, then serial)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="40" />
      <source>USB {port}</source>
      <translation>USB {port}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="42" />
      <source>Serial COM{port}</source>
      <translation>Serial COM{port}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="46" />
      <source>The second screen, when one is attached</source>
      <translation>The second screen, when one is attached</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="47" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="51" />
      <source>{name} (not attached)</source>
      <translation>{name} (not attached)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="56" />
      <source>Reader library:</source>
      <translation>Reader library:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="57" />
      <source>Reader port:</source>
      <translation>Reader port:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="58" />
      <source>Applicant's screen:</source>
      <translation>Applicant's screen:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="61" />
      <source>Reader library</source>
      <translation>Reader library</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/device_settings.py" line="62" />
      <source>Libraries (*.dll *.so)</source>
      <translation>Libraries (*.dll *.so)</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <location filename="../../counter_app/ui/feedback.py" line="109" />
      <source>Counter Assistant</source>
      <translation>Counter Assistant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/feedback.py" line="153" />
      <source>An unexpected error occurred; it was recorded in the log: {path}</source>
      <translation>An unexpected error occurred; it was recorded in the log: {path}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="101" />
      <source>First start: create the supervisor account</source>
      <translation>First start: create the supervisor account</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="104" />
      <source>No user account exists yet. Create the supervisor account; the supervisor then adds the clerks' accounts under User management.</source>
      <translation>No user account exists yet. Create the supervisor account; the supervisor then adds the clerks' accounts under User management.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="213" />
      <source>Counter Assistant — set-up</source>
      <translation>Counter Assistant — set-up</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="217" />
      <source>&lt; Back</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="218" />
      <source>Next &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="219" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="220" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="253" />
      <source>This counter: {name}</source>
      <translation>This counter: {name}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="254" />
      <source>{computer} (the computer's name)</source>
      <translation>{computer} (the computer's name)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="259" />
      <source>Join the existing station in {where}: its station details and its {count} user account(s) are used; nothing in that database is changed.</source>
      <translation>Join the existing station in {where}: its station details and its {count} user account(s) are used; nothing in that database is changed.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="267" />
      <source>Station: {name} (office code {office}, station code {code})</source>
      <translation>Station: {name} (office code {office}, station code {code})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="270" />
      <source>Address: {address}; phone: {phone}</source>
      <translation>Address: {address}; phone: {phone}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="271" />
      <source>Hours: {hours}</source>
      <translation>Hours: {hours}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="276" />
      <source>The chosen database already has {count} user account(s): its station details and accounts are kept; only this computer's database and printer choice is saved.</source>
      <translation>The chosen database already has {count} user account(s): its station details and accounts are kept; only this computer's database and printer choice is saved.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="281" />
      <source>Supervisor: {user}</source>
      <translation>Supervisor: {user}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="282" />
      <source>Database: {where}</source>
      <translation>Database: {where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="288" />
      <source>system default</source>
      <translation>system default</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="290" />
      <source>A4 printer: {printer} ({paper})</source>
      <translation>A4 printer: {printer} ({paper})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="293" />
      <source>Receipt printer: {printer} ({paper})</source>
      <translation>Receipt printer: {printer} ({paper})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="313" />
      <source>Set-up</source>
      <translation>Set-up</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="42" />
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="89" />
      <source>New follow-up</source>
      <translation>New follow-up</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="51" />
      <source>What is to be done, e.g. call back about the move-in papers</source>
      <translation>What is to be done, e.g. call back about the move-in papers</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="54" />
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="61" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="62" />
      <source>To do</source>
      <translation>To do</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="63" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="64" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/follow_up_dialog.py" line="65" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="42" />
      <source>To do: {open} ({overdue} overdue)</source>
      <translation>To do: {open} ({overdue} overdue)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="45" />
      <source>To do: {open}</source>
      <translation>To do: {open}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="55" />
      <source>To do</source>
      <comment>tab</comment>
      <translation>To do</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="71" />
      <source>Show done</source>
      <translation>Show done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="73" />
      <source>New…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="75" />
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="208" />
      <source>Tick done</source>
      <translation>Tick done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="76" />
      <source>Mark the selected matter done (or double-click it, or press Enter)</source>
      <translation>Mark the selected matter done (or double-click it, or press Enter)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="78" />
      <source>Reopen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="79" />
      <source>Undo a tick given by mistake</source>
      <translation>Undo a tick given by mistake</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="85" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="86" />
      <source>To do</source>
      <translation>To do</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="87" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="88" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="89" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="90" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="91" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="92" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message numerus="yes">
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="120" />
      <source>overdue %n day(s)</source>
      <translation>
        <numerusform>overdue %n day</numerusform>
        <numerusform>overdue %n days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="121" />
      <source>due today</source>
      <translation>due today</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="166" />
      <source>{open} open, {overdue} overdue</source>
      <translation>{open} open, {overdue} overdue</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="209" />
      <source>Done: {title}
Note (optional):</source>
      <translation>Done: {title}
Note (optional):</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/follow_ups_page.py" line="224" />
      <source>Follow-ups</source>
      <translation>Follow-ups</translation>
    </message>
  </context>
  <context>
    <name>GuideNoticeActions</name>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="62" />
      <source>The ID number is not valid: {reason}</source>
      <translation>The ID number is not valid: {reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="66" />
      <source>Please enter the applicant's name.</source>
      <translation>Please enter the applicant's name.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="100" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="114" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="125" />
      <source>Notice</source>
      <translation>Notice</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="135" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="153" />
      <source>One-time notice {no}</source>
      <translation>One-time notice {no}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="144" />
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="167" />
      <source>notice</source>
      <translation>notice</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="151" />
      <source>One-time notice {no} (given offline; recorded when the server is back)</source>
      <translation>One-time notice {no} (given offline; recorded when the server is back)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="167" />
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_notice_actions.py" line="167" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>GuideServing</name>
    <message>
      <location filename="../../counter_app/ui/pages/guide_serving.py" line="116" />
      <source>The checklist says:
{alerts}

Accept anyway?</source>
      <translation>The checklist says:
{alerts}

Accept anyway?</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_serving.py" line="118" />
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_serving.py" line="137" />
      <source>Receipt {no}</source>
      <translation>Receipt {no}</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="21" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="25" />
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="27" />
      <source>Open data folder</source>
      <translation>Open data folder</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/help_menu.py" line="28" />
      <source>About Counter Assistant…</source>
      <translation>About Counter Assistant…</translation>
    </message>
  </context>
  <context>
    <name>LockOverlay</name>
    <message>
      <location filename="../../counter_app/ui/idle_lock.py" line="70" />
      <source>Locked — enter the password of {user}</source>
      <translation>Locked — enter the password of {user}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/idle_lock.py" line="76" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="140" />
      <source>Counter Assistant — log in</source>
      <translation>Counter Assistant — log in</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="147" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="148" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
  </context>
  <context>
    <name>MainMenu</name>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="29" />
      <source>&amp;Counter</source>
      <translation>&amp;Counter</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="30" />
      <source>Lock screen</source>
      <translation>Lock screen</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="31" />
      <source>Settings…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="32" />
      <source>Change my password…</source>
      <translation>Change my password…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="33" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="35" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="37" />
      <source>&amp;Station</source>
      <translation>&amp;Station</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="38" />
      <source>Office hours…</source>
      <translation>Office hours…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="40" />
      <source>Users…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="42" />
      <source>Retention of personal data…</source>
      <translation>Retention of personal data…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="44" />
      <source>Purge expired personal data now…</source>
      <translation>Purge expired personal data now…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_menu.py" line="51" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="60" />
      <source>Counter Assistant</source>
      <translation>Counter Assistant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="65" />
      <source>Opening the database…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="108" />
      <source>Demo data: user {user}, password {password}</source>
      <translation>Demo data: user {user}, password {password}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="156" />
      <source>Clerk: {clerk}</source>
      <translation>Clerk: {clerk}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="157" />
      <source>Database: {where}</source>
      <translation>Database: {where}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="162" />
      <source>Open the to-do notebook</source>
      <translation>Open the to-do notebook</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="170" />
      <source>Catalog problems: {count} (files left out: {files})</source>
      <translation>Catalog problems: {count} (files left out: {files})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="339" />
      <source>{count} notice(s) printed during the outage recorded: {numbers}</source>
      <translation>{count} notice(s) printed during the outage recorded: {numbers}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/main_window.py" line="355" />
      <source>Not available: the database server cannot be reached</source>
      <translation>Not available: the database server cannot be reached</translation>
    </message>
  </context>
  <context>
    <name>MaterialsTable</name>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="126" />
      <source>Brought</source>
      <translation>Brought</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="127" />
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="128" />
      <source>Original/copy</source>
      <translation>Original/copy</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="129" />
      <source>Copies</source>
      <translation>Copies</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="130" />
      <source>Necessity</source>
      <translation>Necessity</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="131" />
      <source>Issued by</source>
      <translation>Issued by</translation>
    </message>
  </context>
  <context>
    <name>NewAccountForm</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="56" />
      <source>letters, digits or a police number</source>
      <translation>letters, digits or a police number</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="61" />
      <source>at least 8 characters, not digits only</source>
      <translation>at least 8 characters, not digits only</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="64" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="65" />
      <source>Display name</source>
      <translation>Display name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="68" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="69" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="70" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="71" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="72" />
      <source>Password again</source>
      <translation>Password again</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/login_dialog.py" line="77" />
      <source>The two passwords differ; type the same password twice.</source>
      <translation>The two passwords differ; type the same password twice.</translation>
    </message>
  </context>
  <context>
    <name>NoticeHistoryPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="32" />
      <source>Notice history</source>
      <translation>Notice history</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="41" />
      <source>Name, ID number (or its last 4–6 digits) or phone</source>
      <translation>Name, ID number (or its last 4–6 digits) or phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="44" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="48" />
      <source>Notice no.</source>
      <translation>Notice no.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="49" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="50" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="51" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="52" />
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="53" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="54" />
      <source>Missing items</source>
      <translation>Missing items</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="55" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="60" />
      <source>&amp;Reprint</source>
      <translation>&amp;Reprint</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="61" />
      <source>Print the selected notice again: same number, recorded as a reprint (Ctrl+P)</source>
      <translation>Print the selected notice again: same number, recorded as a reprint (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="81" />
      <source>Type a name, ID number or phone and press Enter.</source>
      <translation>Type a name, ID number or phone and press Enter.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="93" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="98" />
      <source>{count} notice(s) found</source>
      <translation>{count} notice(s) found</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/history_page.py" line="109" />
      <source>One-time notice {no} (reprint)</source>
      <translation>One-time notice {no} (reprint)</translation>
    </message>
  </context>
  <context>
    <name>OfficeHoursDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="73" />
      <source>Office hours</source>
      <translation>Office hours</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="77" />
      <source>Regular periods</source>
      <translation>Regular periods</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="77" />
      <source>Weekend duty periods</source>
      <translation>Weekend duty periods</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="83" />
      <source>Periods as 08:30-12:00, 14:00-17:30; the gap between two periods is the lunch break; leave empty for a day without service</source>
      <translation>Periods as 08:30-12:00, 14:00-17:30; the gap between two periods is the lunch break; leave empty for a day without service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="91" />
      <source>Extended service on working days until</source>
      <translation>Extended service on working days until</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="110" />
      <source>A make-up working day follows the schedule of</source>
      <translation>A make-up working day follows the schedule of</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="116" />
      <source>Statutory holidays and make-up working days come from the chinese-calendar package plus the station file {path} (for years the package does not know yet).</source>
      <translation>Statutory holidays and make-up working days come from the chinese-calendar package plus the station file {path} (for years the package does not know yet).</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="131" />
      <source>Periods per weekday, e.g. 08:30-12:00, 14:00-17:30 (the gap is the lunch break). Weekend duty counts as after hours.</source>
      <translation>Periods per weekday, e.g. 08:30-12:00, 14:00-17:30 (the gap is the lunch break). Weekend duty counts as after hours.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="149" />
      <source>Monday</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="150" />
      <source>Tuesday</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="151" />
      <source>Wednesday</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="152" />
      <source>Thursday</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="153" />
      <source>Friday</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="154" />
      <source>Saturday</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/office_hours_dialog.py" line="155" />
      <source>Sunday</source>
      <translation>Sunday</translation>
    </message>
  </context>
  <context>
    <name>OfficeStatus</name>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="27" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="28" />
      <source>{hours} h {minutes:02d} min</source>
      <translation>{hours} h {minutes:02d} min</translation>
    </message>
  </context>
  <context>
    <name>OfficeStatusLabel</name>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="66" />
      <source>Regular hours · lunch break in {left} ({time})</source>
      <translation>Regular hours · lunch break in {left} ({time})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="68" />
      <source>Regular hours · closes in {left} ({time})</source>
      <translation>Regular hours · closes in {left} ({time})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="71" />
      <source>Lunch break — extended service</source>
      <translation>Lunch break — extended service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="73" />
      <source>After hours — extended service until {time}</source>
      <translation>After hours — extended service until {time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="75" />
      <source>Weekend duty · ends in {left} ({time})</source>
      <translation>Weekend duty · ends in {left} ({time})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="77" />
      <source>Closed — public holiday</source>
      <translation>Closed — public holiday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="78" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="85" />
      <source>Opens again at {time}</source>
      <translation>Opens again at {time}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/office_status.py" line="86" />
      <source>Opens again on {date} at {time}</source>
      <translation>Opens again on {date} at {time}</translation>
    </message>
  </context>
  <context>
    <name>OperationRunner</name>
    <message>
      <location filename="../../counter_app/ui/operation_runner.py" line="221" />
      <source>The file {file} cannot be used: {reason}</source>
      <translation>The file {file} cannot be used: {reason}</translation>
    </message>
  </context>
  <context>
    <name>OutageBanner</name>
    <message>
      <location filename="../../counter_app/ui/connection.py" line="175" />
      <source>Retry now</source>
      <translation>Retry now</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/connection.py" line="188" />
      <source>Cannot reach the database server {where} · retrying · last success {time}</source>
      <translation>Cannot reach the database server {where} · retrying · last success {time}</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="96" />
      <source>New password for {user}</source>
      <translation>New password for {user}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="105" />
      <source>Current password</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="106" />
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="107" />
      <source>New password again</source>
      <translation>New password again</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="110" />
      <source>Resetting the password also lifts a lockout.</source>
      <translation>Resetting the password also lifts a lockout.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="120" />
      <source>The two passwords differ; type the same password twice.</source>
      <translation>The two passwords differ; type the same password twice.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="92" />
      <source>Print preview</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="106" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="108" />
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="140" />
      <source>Save PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="110" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="113" />
      <source>{count} page(s)</source>
      <translation>{count} page(s)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="136" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="136" />
      <source>Printing failed: {reason}</source>
      <translation>Printing failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pdf_preview.py" line="140" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PickupDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="42" />
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="132" />
      <source>Hand out card</source>
      <translation>Hand out card</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="47" />
      <source>The applicant in person</source>
      <translation>The applicant in person</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="48" />
      <source>A relative on the applicant's behalf</source>
      <translation>A relative on the applicant's behalf</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="55" />
      <source>Proxy</source>
      <translation>Proxy</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="59" />
      <source>18-digit citizen ID number</source>
      <translation>18-digit citizen ID number</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="63" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="64" />
      <source>ID number:</source>
      <translation>ID number:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="65" />
      <source>Relation:</source>
      <translation>Relation:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="67" />
      <source>Lay the collector's ID card on the reader to check who collects.</source>
      <translation>Lay the collector's ID card on the reader to check who collects.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="70" />
      <source>Before handing out</source>
      <translation>Before handing out</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="72" />
      <source>Old card collected</source>
      <translation>Old card collected</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="73" />
      <source>Temporary ID card returned</source>
      <translation>Temporary ID card returned</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="83" />
      <source>Hand out</source>
      <translation>Hand out</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="106" />
      <source>ID card read: the applicant in person ({name} {id})</source>
      <translation>ID card read: the applicant in person ({name} {id})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="111" />
      <source>ID card read: not the applicant; proxy {name} {id}</source>
      <translation>ID card read: not the applicant; proxy {name} {id}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/pickup_dialog.py" line="116" />
      <source>ID card expired on {date}</source>
      <translation>ID card expired on {date}</translation>
    </message>
  </context>
  <context>
    <name>PrintersPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="46" />
      <source>This counter and its printers</source>
      <translation>This counter and its printers</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="47" />
      <source>Name this counter; choose the printer for A4 documents and the one for receipts; print a test page.</source>
      <translation>Name this counter; choose the printer for A4 documents and the one for receipts; print a test page.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="51" />
      <source>e.g. Window 2; empty: the computer's name ({name})</source>
      <translation>e.g. Window 2; empty: the computer's name ({name})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="59" />
      <source>A4 sheet</source>
      <translation>A4 sheet</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="60" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="64" />
      <source>A5 sheet</source>
      <translation>A5 sheet</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="63" />
      <source>80 mm roll</source>
      <translation>80 mm roll</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="67" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="69" />
      <source>Print test page</source>
      <translation>Print test page</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="71" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="73" />
      <source>Save test page as PDF…</source>
      <translation>Save test page as PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="77" />
      <source>Counter name (in messages and the audit log)</source>
      <translation>Counter name (in messages and the audit log)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="79" />
      <source>Documents (A4)</source>
      <translation>Documents (A4)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="84" />
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="96" />
      <source>No printer is installed on this computer. You can finish now, save the test pages as PDF, and choose the printers later in the settings once the drivers are installed.</source>
      <translation>No printer is installed on this computer. You can finish now, save the test pages as PDF, and choose the printers later in the settings once the drivers are installed.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="104" />
      <source>Measure the ruler on the printed page: if it is shorter than marked, switch off "fit to page" in the printer driver.</source>
      <translation>Measure the ruler on the printed page: if it is shorter than marked, switch off "fit to page" in the printer driver.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="122" />
      <source>System default printer</source>
      <translation>System default printer</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="127" />
      <source>{name} (not installed)</source>
      <translation>{name} (not installed)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="149" />
      <source>Test page</source>
      <translation>Test page</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="151" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="151" />
      <source>Printing the test page failed: {reason}</source>
      <translation>Printing the test page failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="155" />
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="162" />
      <source>Save test page</source>
      <translation>Save test page</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="155" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/wizard_printers_page.py" line="162" />
      <source>Saving failed: {reason}</source>
      <translation>Saving failed: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="58" />
      <source>No printer is set up on this computer.</source>
      <translation>No printer is set up on this computer.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="60" />
      <source>The printer {name} is not installed.</source>
      <translation>The printer {name} is not installed.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="62" />
      <source>The printer {name} is offline or stopped.</source>
      <translation>The printer {name} is offline or stopped.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="91" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="92" />
      <source>{problem} The document was not printed.</source>
      <translation>{problem} The document was not printed.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="94" />
      <source>Save as PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="102" />
      <location filename="../../counter_app/ui/printing_service.py" line="110" />
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="103" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="111" />
      <source>Saving failed: {reason}</source>
      <translation>Saving failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="169" />
      <source>The printer {name} refused the document.</source>
      <translation>The printer {name} refused the document.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="170" />
      <source>default printer</source>
      <translation>default printer</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/printing_service.py" line="172" />
      <source>Sent to {printer}: {title}</source>
      <translation>Sent to {printer}: {title}</translation>
    </message>
  </context>
  <context>
    <name>QuestionsPanel</name>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="41" />
      <source>No questions for this service.</source>
      <translation>No questions for this service.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="70" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/widgets/checklist_widgets.py" line="112" />
      <source> (judged from the ID number)</source>
      <translation> (judged from the ID number)</translation>
    </message>
  </context>
  <context>
    <name>QuickGuideDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="34" />
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="216" />
      <source>Quick guide</source>
      <translation>Quick guide</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="71" />
      <source>The day at the counter</source>
      <translation>The day at the counter</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="72" />
      <source>Finding a card</source>
      <translation>Finding a card</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="73" />
      <source>One-time notice</source>
      <translation>One-time notice</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="74" />
      <source>Appointments</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="75" />
      <source>To-dos</source>
      <translation>To-dos</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="76" />
      <source>Printing</source>
      <translation>Printing</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="77" />
      <source>Locking the screen</source>
      <translation>Locking the screen</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="78" />
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="96" />
      <source>&lt;h2&gt;The day at the counter&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; — on the &lt;i&gt;Open / close&lt;/i&gt; tab tick the opening checklist (equipment, forms, cash box). What is left is counted at the top.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Serve&lt;/b&gt; — on the &lt;i&gt;Service guide&lt;/i&gt; tab type the service (name, pinyin or initials such as &lt;i&gt;csdj&lt;/i&gt;), answer the questions, tick the materials the applicant brought. Then print the one-time notice for what is missing, or &lt;b&gt;Accept&lt;/b&gt; when everything is there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Same-day cases&lt;/b&gt; — services promised for today wait on the &lt;i&gt;Same-day board&lt;/i&gt; with their deadline; mark each one &lt;b&gt;Done&lt;/b&gt; (or double-click it) when it is finished. Late rows are red.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the day&lt;/b&gt; — on the same-day board press &lt;b&gt;Close the day…&lt;/b&gt; and give a reason for each case not finished; then tick the closing checklist on &lt;i&gt;Open / close&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Service outside office hours is recorded by itself in the after-hours log.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;The day at the counter&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; — on the &lt;i&gt;Open / close&lt;/i&gt; tab tick the opening checklist (equipment, forms, cash box). What is left is counted at the top.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Serve&lt;/b&gt; — on the &lt;i&gt;Service guide&lt;/i&gt; tab type the service (name, pinyin or initials such as &lt;i&gt;csdj&lt;/i&gt;), answer the questions, tick the materials the applicant brought. Then print the one-time notice for what is missing, or &lt;b&gt;Accept&lt;/b&gt; when everything is there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Same-day cases&lt;/b&gt; — services promised for today wait on the &lt;i&gt;Same-day board&lt;/i&gt; with their deadline; mark each one &lt;b&gt;Done&lt;/b&gt; (or double-click it) when it is finished. Late rows are red.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the day&lt;/b&gt; — on the same-day board press &lt;b&gt;Close the day…&lt;/b&gt; and give a reason for each case not finished; then tick the closing checklist on &lt;i&gt;Open / close&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Service outside office hours is recorded by itself in the after-hours log.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="113" />
      <source>&lt;h2&gt;Finding a card&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;F3&lt;/b&gt; anywhere: the &lt;i&gt;Card pickup&lt;/i&gt; tab opens with the search box ready. Type a name, its pinyin, the last 4–6 digits of the ID number, the phone number or its last 4 digits, or scan the acceptance number on the receipt. A scan anywhere in the window opens the search too.&lt;/p&gt;&lt;p&gt;The large blue &lt;b&gt;answer line&lt;/b&gt; is what you read out to a caller, for example:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;已到 · A-03 · 可领取&lt;/b&gt; — the card has arrived, it lies in place A-03, it can be collected;&lt;/li&gt;&lt;li&gt;&lt;b&gt;制证中 · 第12天/限45天&lt;/b&gt; — in production, day 12 of the 45 days promised;&lt;/li&gt;&lt;li&gt;&lt;b&gt;… · 已超期&lt;/b&gt; — past the promised limit: apologise and add a to-do.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;When the card has arrived, check the applicant's identity and press &lt;b&gt;Hand out&lt;/b&gt;.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Finding a card&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;F3&lt;/b&gt; anywhere: the &lt;i&gt;Card pickup&lt;/i&gt; tab opens with the search box ready. Type a name, its pinyin, the last 4–6 digits of the ID number, the phone number or its last 4 digits, or scan the acceptance number on the receipt. A scan anywhere in the window opens the search too.&lt;/p&gt;&lt;p&gt;The large blue &lt;b&gt;answer line&lt;/b&gt; is what you read out to a caller, for example:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;已到 · A-03 · 可领取&lt;/b&gt; — the card has arrived, it lies in place A-03, it can be collected;&lt;/li&gt;&lt;li&gt;&lt;b&gt;制证中 · 第12天/限45天&lt;/b&gt; — in production, day 12 of the 45 days promised;&lt;/li&gt;&lt;li&gt;&lt;b&gt;… · 已超期&lt;/b&gt; — past the promised limit: apologise and add a to-do.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;When the card has arrived, check the applicant's identity and press &lt;b&gt;Hand out&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="128" />
      <source>&lt;h2&gt;One-time notice&lt;/h2&gt;&lt;p&gt;When an applicant cannot be served today because something is missing, give a &lt;b&gt;one-time notice&lt;/b&gt; (一次性告知单): it lists &lt;i&gt;everything&lt;/i&gt; still needed, so they come back only once.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the service and answer the questions; the materials list follows the answers.&lt;/li&gt;&lt;li&gt;Tick what the applicant brought; the notice lists the rest.&lt;/li&gt;&lt;li&gt;Type the name and phone, choose A4 or A5 and press &lt;b&gt;Print notice&lt;/b&gt; (or &lt;b&gt;Ctrl+P&lt;/b&gt;).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every notice is numbered and kept; look it up later on the &lt;i&gt;Notice history&lt;/i&gt; tab.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;One-time notice&lt;/h2&gt;&lt;p&gt;When an applicant cannot be served today because something is missing, give a &lt;b&gt;one-time notice&lt;/b&gt; (一次性告知单): it lists &lt;i&gt;everything&lt;/i&gt; still needed, so they come back only once.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the service and answer the questions; the materials list follows the answers.&lt;/li&gt;&lt;li&gt;Tick what the applicant brought; the notice lists the rest.&lt;/li&gt;&lt;li&gt;Type the name and phone, choose A4 or A5 and press &lt;b&gt;Print notice&lt;/b&gt; (or &lt;b&gt;Ctrl+P&lt;/b&gt;).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every notice is numbered and kept; look it up later on the &lt;i&gt;Notice history&lt;/i&gt; tab.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="141" />
      <source>&lt;h2&gt;Appointments&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Choose the day with the arrows or &lt;b&gt;Today&lt;/b&gt;; the slots show capacity, booked and free places. A day without slots: &lt;b&gt;Generate slots for this day&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Select a slot and press &lt;b&gt;Book…&lt;/b&gt; to take a booking by phone.&lt;/li&gt;&lt;li&gt;When the applicant arrives, select the booking and press &lt;b&gt;Check in&lt;/b&gt;: the service guide opens with their service, name and phone filled in.&lt;/li&gt;&lt;li&gt;After a slot has ended, &lt;b&gt;Mark no-shows for the day&lt;/b&gt; closes the open bookings.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print tomorrow's list&lt;/b&gt; (or &lt;b&gt;Ctrl+P&lt;/b&gt; on this tab) before closing.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;h2&gt;Appointments&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Choose the day with the arrows or &lt;b&gt;Today&lt;/b&gt;; the slots show capacity, booked and free places. A day without slots: &lt;b&gt;Generate slots for this day&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Select a slot and press &lt;b&gt;Book…&lt;/b&gt; to take a booking by phone.&lt;/li&gt;&lt;li&gt;When the applicant arrives, select the booking and press &lt;b&gt;Check in&lt;/b&gt;: the service guide opens with their service, name and phone filled in.&lt;/li&gt;&lt;li&gt;After a slot has ended, &lt;b&gt;Mark no-shows for the day&lt;/b&gt; closes the open bookings.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print tomorrow's list&lt;/b&gt; (or &lt;b&gt;Ctrl+P&lt;/b&gt; on this tab) before closing.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="155" />
      <source>&lt;h2&gt;To-dos&lt;/h2&gt;&lt;p&gt;The &lt;i&gt;To do&lt;/i&gt; tab is the counter's notebook: call-backs, cards not collected, papers to fetch. The count in the status bar (bottom right) turns red when something is overdue; click it to open the list.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;New…&lt;/b&gt; adds a matter with a due date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tick done&lt;/b&gt; (or double-click, or Enter) closes it; &lt;b&gt;Reopen&lt;/b&gt; undoes a mistaken tick.&lt;/li&gt;&lt;li&gt;Cards left uncollected for too long are added by themselves.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;h2&gt;To-dos&lt;/h2&gt;&lt;p&gt;The &lt;i&gt;To do&lt;/i&gt; tab is the counter's notebook: call-backs, cards not collected, papers to fetch. The count in the status bar (bottom right) turns red when something is overdue; click it to open the list.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;New…&lt;/b&gt; adds a matter with a due date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tick done&lt;/b&gt; (or double-click, or Enter) closes it; &lt;b&gt;Reopen&lt;/b&gt; undoes a mistaken tick.&lt;/li&gt;&lt;li&gt;Cards left uncollected for too long are added by themselves.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="168" />
      <source>&lt;h2&gt;Printing&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; prints what the current tab prints:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Tab&lt;/th&gt;&lt;th&gt;Ctrl+P prints&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Service guide&lt;/td&gt;&lt;td&gt;the one-time notice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arrivals and notices&lt;/td&gt;&lt;td&gt;the shelf list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Appointments&lt;/td&gt;&lt;td&gt;tomorrow's list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Daily report&lt;/td&gt;&lt;td&gt;the report shown&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Ctrl+P and the Print buttons print straight away on this computer's printer for the document (receipts on the receipt printer, everything else on the A4 printer; see Settings). &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; opens the preview instead: &lt;b&gt;Print…&lt;/b&gt; chooses another printer, &lt;b&gt;Save PDF&lt;/b&gt; keeps a copy. A printer that is missing or offline is named, and the document can be saved as PDF. Names on printed lists are masked.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Printing&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; prints what the current tab prints:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Tab&lt;/th&gt;&lt;th&gt;Ctrl+P prints&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Service guide&lt;/td&gt;&lt;td&gt;the one-time notice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arrivals and notices&lt;/td&gt;&lt;td&gt;the shelf list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Appointments&lt;/td&gt;&lt;td&gt;tomorrow's list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Daily report&lt;/td&gt;&lt;td&gt;the report shown&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Ctrl+P and the Print buttons print straight away on this computer's printer for the document (receipts on the receipt printer, everything else on the A4 printer; see Settings). &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; opens the preview instead: &lt;b&gt;Print…&lt;/b&gt; chooses another printer, &lt;b&gt;Save PDF&lt;/b&gt; keeps a copy. A printer that is missing or offline is named, and the document can be saved as PDF. Names on printed lists are masked.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="186" />
      <source>&lt;h2&gt;Locking the screen&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; whenever you leave the counter, even for a minute. The window is covered so that no name, ID number or phone can be read from the applicant's side.&lt;/p&gt;&lt;p&gt;After a few minutes without keyboard or mouse the screen locks by itself.&lt;/p&gt;&lt;p&gt;To unlock, type &lt;b&gt;your own&lt;/b&gt; password and press Enter. Too many wrong passwords lock the account; a supervisor can unlock it.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Locking the screen&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; whenever you leave the counter, even for a minute. The window is covered so that no name, ID number or phone can be read from the applicant's side.&lt;/p&gt;&lt;p&gt;After a few minutes without keyboard or mouse the screen locks by itself.&lt;/p&gt;&lt;p&gt;To unlock, type &lt;b&gt;your own&lt;/b&gt; password and press Enter. Too many wrong passwords lock the account; a supervisor can unlock it.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="196" />
      <source>This quick guide</source>
      <translation>This quick guide</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="197" />
      <source>Find a card: the pickup tab with the search box ready</source>
      <translation>Find a card: the pickup tab with the search box ready</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="198" />
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="198" />
      <source>A scanned acceptance number anywhere opens the card search</source>
      <translation>A scanned acceptance number anywhere opens the card search</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="199" />
      <source>Print what the current tab prints</source>
      <translation>Print what the current tab prints</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="200" />
      <source>Preview it and choose the printer</source>
      <translation>Preview it and choose the printer</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="201" />
      <source>Next applicant: clear the guide of the person just served</source>
      <translation>Next applicant: clear the guide of the person just served</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="202" />
      <source>Back: clear the card search, or return to the service guide; closes a dialog</source>
      <translation>Back: clear the card search, or return to the service guide; closes a dialog</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="203" />
      <source>Accept a dialog; search; mark the selected row done</source>
      <translation>Accept a dialog; search; mark the selected row done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="204" />
      <source>Lock the screen</source>
      <translation>Lock the screen</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="205" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/quick_guide.py" line="208" />
      <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</translation>
    </message>
  </context>
  <context>
    <name>RecordCaseDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="33" />
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="59" />
      <source>Record the case</source>
      <translation>Record the case</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="35" />
      <source>Service:</source>
      <translation>Service:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="36" />
      <source>Applicant:</source>
      <translation>Applicant:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="39" />
      <source>Serving since:</source>
      <translation>Serving since:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="42" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="44" />
      <source>Done now</source>
      <translation>Done now</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="46" />
      <source>Accept, finish &amp;later</source>
      <translation>Accept, finish &amp;later</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/record_case_dialog.py" line="47" />
      <source>Same-day services go on the same-day board with their deadline</source>
      <translation>Same-day services go on the same-day board with their deadline</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="95" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="96" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="156" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="97" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="98" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="158" />
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="99" />
      <source>Notice</source>
      <translation>Notice</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="100" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="161" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="101" />
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="102" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="103" />
      <source>After hours</source>
      <translation>After hours</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="129" />
      <source>Whole month</source>
      <translation>Whole month</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="131" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="134" />
      <source>Export PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="136" />
      <source>Export XLSX…</source>
      <translation>Export XLSX…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="138" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="141" />
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="151" />
      <source>Key figures</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="157" />
      <source>Done on the spot</source>
      <translation>Done on the spot</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="159" />
      <source>One-time notice (cases)</source>
      <translation>One-time notice (cases)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="160" />
      <source>One-time notices issued</source>
      <translation>One-time notices issued</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="162" />
      <source>Not done / in progress</source>
      <translation>Not done / in progress</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="163" />
      <source>After hours (cases / min)</source>
      <translation>After hours (cases / min)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="249" />
      <source>, {pending} in progress</source>
      <translation>, {pending} in progress</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="165" />
      <source>ID cards accepted</source>
      <translation>ID cards accepted</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="166" />
      <source>ID cards arrived</source>
      <translation>ID cards arrived</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="167" />
      <source>ID cards collected</source>
      <translation>ID cards collected</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="168" />
      <source>Appointments</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="169" />
      <source>Checked in</source>
      <translation>Checked in</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="170" />
      <source>No-shows</source>
      <translation>No-shows</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="171" />
      <source>Overdue follow-ups</source>
      <translation>Overdue follow-ups</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="70" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="217" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="352" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="364" />
      <source>Daily report</source>
      <translation>Daily report</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="164" />
      <source>Same-day kept / due</source>
      <translation>Same-day kept / due</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="228" />
      <source>{station} — {period} (counted at {time})</source>
      <translation>{station} — {period} (counted at {time})</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="262" />
      <source>Waiting {booked}, cancelled {cancelled}</source>
      <translation>Waiting {booked}, cancelled {cancelled}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="274" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="299" />
      <source>{month}/{day} {weekday}</source>
      <translation>{month}/{day} {weekday}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="303" />
      <source>{cases} case(s), {minutes} min after hours, same-day kept {kept} / {promised}</source>
      <translation>{cases} case(s), {minutes} min after hours, same-day kept {kept} / {promised}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="309" />
      <source>Cases per day</source>
      <translation>Cases per day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="309" />
      <location filename="../../counter_app/ui/pages/report_page.py" line="312" />
      <source>No cases in this period</source>
      <translation>No cases in this period</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="312" />
      <source>Cases by service</source>
      <translation>Cases by service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="316" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="317" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="318" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="319" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="320" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="321" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="322" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="333" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="336" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="343" />
      <source>Export report</source>
      <translation>Export report</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/report_page.py" line="361" />
      <source>Daily report {period}</source>
      <translation>Daily report {period}</translation>
    </message>
  </context>
  <context>
    <name>RoutineDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="58" />
      <source>Opening and closing checklists</source>
      <translation>Opening and closing checklists</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="60" />
      <source>Opening</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="60" />
      <source>Closing</source>
      <translation>Closing</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="65" />
      <source>Double-click an item (or press F2) to change its text.</source>
      <translation>Double-click an item (or press F2) to change its text.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="90" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="91" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="92" />
      <source>Up</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/routine_dialog.py" line="93" />
      <source>Down</source>
      <translation>Down</translation>
    </message>
  </context>
  <context>
    <name>RoutinePage</name>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="40" />
      <source>Open / close</source>
      <translation>Open / close</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="63" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="66" />
      <source>Edit lists…</source>
      <translation>Edit lists…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="69" />
      <source>Opening</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="69" />
      <source>Closing</source>
      <translation>Closing</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="89" />
      <source>Day:</source>
      <translation>Day:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="107" />
      <source>Only a supervisor can change the checklists</source>
      <translation>Only a supervisor can change the checklists</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="114" />
      <source>Opening: {open} left, closing: {close} left</source>
      <translation>Opening: {open} left, closing: {close} left</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="145" />
      <source>No longer on the list; ticked on this day before it was removed</source>
      <translation>No longer on the list; ticked on this day before it was removed</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/routine_page.py" line="168" />
      <source>Opening and closing</source>
      <translation>Opening and closing</translation>
    </message>
  </context>
  <context>
    <name>SameDayPage</name>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="86" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="101" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="293" />
      <source>Same-day board</source>
      <translation>Same-day board</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="102" />
      <source>After-hours log</source>
      <translation>After-hours log</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="118" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="187" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="119" />
      <source>Mark the selected case done (or double-click it, or press Enter)</source>
      <translation>Mark the selected case done (or double-click it, or press Enter)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="121" />
      <source>Close the day…</source>
      <translation>Close the day…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="125" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="161" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="126" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="127" />
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="128" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="129" />
      <source>Time left</source>
      <translation>Time left</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="130" />
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="164" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="138" />
      <source>Day:</source>
      <translation>Day:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="158" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="159" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="160" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="162" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="163" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="171" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="173" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="186" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="188" />
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="189" />
      <source>One-time notice given</source>
      <translation>One-time notice given</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="190" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="191" />
      <source>Not done today</source>
      <translation>Not done today</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="197" />
      <source>Lunch break</source>
      <translation>Lunch break</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="198" />
      <source>After closing</source>
      <translation>After closing</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="199" />
      <source>Before opening</source>
      <translation>Before opening</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="200" />
      <source>Weekend duty</source>
      <translation>Weekend duty</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="201" />
      <source>Public holiday</source>
      <translation>Public holiday</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="202" />
      <source>Rest day</source>
      <translation>Rest day</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="203" />
      <source>Appointment</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="204" />
      <source>Green channel</source>
      <translation>Green channel</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="210" />
      <source>late</source>
      <translation>late</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="212" />
      <source>overdue {duration}</source>
      <translation>overdue {duration}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="263" />
      <source>{open} open ({overdue} overdue), {finished} finished of {total}</source>
      <translation>{open} open ({overdue} overdue), {finished} finished of {total}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/same_day_page.py" line="332" />
      <source>Total: {cases} case(s), {minutes} minute(s) after hours</source>
      <translation>Total: {cases} case(s), {minutes} minute(s) after hours</translation>
    </message>
  </context>
  <context>
    <name>ServerWaitDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="34" />
      <source>Counter Assistant</source>
      <translation>Counter Assistant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="41" />
      <source>Retry</source>
      <translation>Retry</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="43" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/server_wait_dialog.py" line="65" />
      <source>Cannot reach the database server {where} · retrying · last attempt {time}</source>
      <translation>Cannot reach the database server {where} · retrying · last attempt {time}</translation>
    </message>
  </context>
  <context>
    <name>ServiceGuidePage</name>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="93" />
      <source>Type a name, pinyin or initials, e.g. csdj</source>
      <translation>Type a name, pinyin or initials, e.g. csdj</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="117" />
      <source>Legal basis:</source>
      <translation>Legal basis:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="118" />
      <source>Fee:</source>
      <translation>Fee:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="119" />
      <source>Statutory time limit:</source>
      <translation>Statutory time limit:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="120" />
      <source>Promised time limit:</source>
      <translation>Promised time limit:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="121" />
      <source>On the spot:</source>
      <translation>On the spot:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="123" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="127" />
      <source>18-digit citizen ID number</source>
      <translation>18-digit citizen ID number</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="133" />
      <source>Regular</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="133" />
      <source>Appointment</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="134" />
      <source>Green channel (e.g. exam candidates)</source>
      <translation>Green channel (e.g. exam candidates)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="136" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="137" />
      <source>ID number:</source>
      <translation>ID number:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="139" />
      <source>Phone:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="140" />
      <source>Channel:</source>
      <translation>Channel:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="142" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="161" />
      <source>Print notice</source>
      <translation>Print notice</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="163" />
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="165" />
      <source>&amp;Accept</source>
      <translation>&amp;Accept</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="171" />
      <source>Next applicant</source>
      <translation>Next applicant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="172" />
      <source>Clear name, number, phone, answers and ticks for the next person (Ctrl+N)</source>
      <translation>Clear name, number, phone, answers and ticks for the next person (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="204" />
      <source>&amp;Materials</source>
      <translation>&amp;Materials</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="167" />
      <source>ID-card services: record the case and print the receipt; other services: record the case as done or accepted</source>
      <translation>ID-card services: record the case and print the receipt; other services: record the case as done or accepted</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="180" />
      <source>Paper:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="266" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="266" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="289" />
      <source>Choose a service on the left</source>
      <translation>Choose a service on the left</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="321" />
      <source>Card valid for: {validity}</source>
      <translation>Card valid for: {validity}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="336" />
      <source>{facts} · ID card expired on {date}</source>
      <translation>{facts} · ID card expired on {date}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="366" />
      <source>All materials present; the application can be accepted</source>
      <translation>All materials present; the application can be accepted</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="367" />
      <source>Still missing {count} item(s): {items}</source>
      <translation>Still missing {count} item(s): {items}</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="371" />
      <source> (only items that may be handed in later; the application can be accepted)</source>
      <translation> (only items that may be handed in later; the application can be accepted)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/pages/guide_page.py" line="57" />
      <source>Service guide</source>
      <translation>Service guide</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="126" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="127" />
      <source>ID cards</source>
      <translation>ID cards</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="136" />
      <source>Station name</source>
      <translation>Station name</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="137" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="138" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="139" />
      <source>Office hours (printed text)</source>
      <translation>Office hours (printed text)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="140" />
      <source>Accepting office</source>
      <translation>Accepting office</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="143" />
      <source>Office code (6 digits)</source>
      <translation>Office code (6 digits)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="148" />
      <source>Station code (3 digits)</source>
      <translation>Station code (3 digits)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="153" />
      <source>Legal time limit (days)</source>
      <translation>Legal time limit (days)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="159" />
      <source>Promised time limit (working days)</source>
      <translation>Promised time limit (working days)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="165" />
      <source>Uncollected card overdue after (days)</source>
      <translation>Uncollected card overdue after (days)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="170" />
      <source>Storage boxes (e.g. A,B,C)</source>
      <translation>Storage boxes (e.g. A,B,C)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="176" />
      <source>Cards per box</source>
      <translation>Cards per box</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="186" />
      <source>Follow-ups</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="192" />
      <source>Call about missing materials after (working days)</source>
      <translation>Call about missing materials after (working days)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="198" />
      <source>Chase an uncollected card after (days)</source>
      <translation>Chase an uncollected card after (days)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="208" />
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="214" />
      <source>Erase personal data of finished records after (years)</source>
      <translation>Erase personal data of finished records after (years)</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="217" />
      <source>Never erase</source>
      <translation>Never erase</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="226" />
      <location filename="../../counter_app/domain/settings_registry.py" line="231" />
      <source>Pickup SMS template</source>
      <translation>Pickup SMS template</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="233" />
      <source>Placeholders: {name} holder's name, {place} storage place, {station} station name, {phone} station phone, {hours} office hours.</source>
      <translation>Placeholders: {name} holder's name, {place} storage place, {station} station name, {phone} station phone, {hours} office hours.</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="249" />
      <source>Office hours</source>
      <translation>Office hours</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="266" />
      <source>Appointment template</source>
      <translation>Appointment template</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="285" />
      <source>Routine lists</source>
      <translation>Routine lists</translation>
    </message>
    <message>
      <location filename="../../counter_app/domain/settings_registry.py" line="294" />
      <source>Web notices</source>
      <translation>Web notices</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_dialog.py" line="31" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_dialog.py" line="36" />
      <source>This workstation</source>
      <translation>This workstation</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_dialog.py" line="37" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../counter_app/ui/app.py" line="125" />
      <source>Sign in to continue</source>
      <translation>Sign in to continue</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="144" />
      <source>Counter Assistant</source>
      <translation>Counter Assistant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="234" />
      <source>The database cannot be opened: {why}

Try again in a moment, or call the administrator.</source>
      <translation>The database cannot be opened: {why}

Try again in a moment, or call the administrator.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/app.py" line="140" />
      <source>This computer is not set up yet. Use {where} at this counter from now on?

Yes: set up this counter for that station (its name and printers).
No: use it only this time.</source>
      <translation>This computer is not set up yet. Use {where} at this counter from now on?

Yes: set up this counter for that station (its name and printers).
No: use it only this time.</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="104" />
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="144" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="105" />
      <source>Printed on every notice, receipt and report.</source>
      <translation>Printed on every notice, receipt and report.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="118" />
      <source>6 digits, e.g. 110105</source>
      <translation>6 digits, e.g. 110105</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="119" />
      <source>3 digits, e.g. 001</source>
      <translation>3 digits, e.g. 001</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="125" />
      <source>Edit office hours…</source>
      <translation>Edit office hours…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="130" />
      <source>Available in the settings after the set-up is finished.</source>
      <translation>Available in the settings after the set-up is finished.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="134" />
      <source>The weekly schedule can be edited in the settings later.</source>
      <translation>The weekly schedule can be edited in the settings later.</translation>
    </message>
  </context>
  <context>
    <name>StationTab</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="133" />
      <source>{label}:</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="161" />
      <source>More station settings</source>
      <translation>More station settings</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="166" />
      <source>{setting}…</source>
      <translation>{setting}…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="172" />
      <source>Each of these opens its own dialog and is saved by that dialog's OK.</source>
      <translation>Each of these opens its own dialog and is saved by that dialog's OK.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_station_tab.py" line="106" />
      <source>Only a supervisor can change the station-wide settings; they are shared by every counter. The current values are shown for reference.</source>
      <translation>Only a supervisor can change the station-wide settings; they are shared by every counter. The current values are shown for reference.</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="188" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="189" />
      <source>Click Finish to save.</source>
      <translation>Click Finish to save.</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="135" />
      <source>User management</source>
      <translation>User management</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="137" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="138" />
      <source>Display name</source>
      <translation>Display name</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="139" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="140" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="141" />
      <source>Locked until</source>
      <translation>Locked until</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="146" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="147" />
      <source>Reset password…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="148" />
      <source>Disable</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="149" />
      <source>Enable</source>
      <translation>Enable</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="150" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="179" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="179" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/users_dialog.py" line="180" />
      <source>disabled</source>
      <translation>disabled</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="65" />
      <source>Set up a new station (the first counter)</source>
      <translation>Set up a new station (the first counter)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="66" />
      <source>Join an existing station's database (another counter is already set up)</source>
      <translation>Join an existing station's database (another counter is already set up)</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="71" />
      <source>Set up this counter</source>
      <translation>Set up this counter</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="71" />
      <source>Welcome to Counter Assistant</source>
      <translation>Welcome to Counter Assistant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="73" />
      <source>This wizard asks for the station's details, creates the supervisor account, chooses where the records are kept (this computer or a shared server) and sets up the printers. Nothing is saved until you click Finish; you can go back to any page.</source>
      <translation>This wizard asks for the station's details, creates the supervisor account, chooses where the records are kept (this computer or a shared server) and sets up the printers. Nothing is saved until you click Finish; you can go back to any page.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/wizard/first_run_wizard.py" line="79" />
      <source>Change the station's details, the database this computer uses and its printers. Nothing is saved until you click Finish.</source>
      <translation>Change the station's details, the database this computer uses and its printers. Nothing is saved until you click Finish.</translation>
    </message>
  </context>
  <context>
    <name>WindowShortcuts</name>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="30" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="31" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="32" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="35" />
      <source>Next tab</source>
      <translation>Next tab</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="36" />
      <source>Previous tab</source>
      <translation>Previous tab</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="38" />
      <source>Next applicant</source>
      <translation>Next applicant</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/shortcuts.py" line="53" />
      <source>Nothing to print on this tab</source>
      <translation>Nothing to print on this tab</translation>
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
      <translation>80 mm receipt roll</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="51" />
      <source>A5 sheet</source>
      <translation>A5 sheet</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="56" />
      <source>Printers and paper</source>
      <translation>Printers and paper</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="58" />
      <source>Printer for notices and lists:</source>
      <translation>Printer for notices and lists:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="59" />
      <source>Paper for notices and lists:</source>
      <translation>Paper for notices and lists:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="60" />
      <source>Printer for receipts:</source>
      <translation>Printer for receipts:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="61" />
      <source>Paper for receipts:</source>
      <translation>Paper for receipts:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="64" />
      <source>No printer is installed on this computer; type a printer name, or leave empty to save PDFs.</source>
      <translation>No printer is installed on this computer; type a printer name, or leave empty to save PDFs.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="76" />
      <source> pt</source>
      <translation> pt</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="80" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="81" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="85" />
      <source>Window</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="87" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="88" />
      <source>Font size:</source>
      <translation>Font size:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="89" />
      <source>Lock the screen after idle:</source>
      <translation>Lock the screen after idle:</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="92" />
      <source>A new language takes effect at the next start; the font size and the idle lock at once. Allowed: font size 9–20 pt, idle lock 0 (never) to 120 minutes.</source>
      <translation>A new language takes effect at the next start; the font size and the idle lock at once. Allowed: font size 9–20 pt, idle lock 0 (never) to 120 minutes.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="100" />
      <source>Reset window layout</source>
      <translation>Reset window layout</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="104" />
      <source>Run the first-run wizard again…</source>
      <translation>Run the first-run wizard again…</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="105" />
      <source>Closes this dialog without saving and opens the wizard.</source>
      <translation>Closes this dialog without saving and opens the wizard.</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="127" />
      <source>System default printer</source>
      <translation>System default printer</translation>
    </message>
    <message>
      <location filename="../../counter_app/ui/dialogs/settings_workstation_tab.py" line="135" />
      <source>The window layout will be reset.</source>
      <translation>The window layout will be reset.</translation>
    </message>
  </context>
</TS>