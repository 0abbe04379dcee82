"""Names vulture (`pyproject.toml` [tool.vulture]) reports as unused that are used, each with who uses it.

Only names reached without Python naming them in counter_app/ or printing/ belong here: read by a library, by a
template, by the database, or kept as a seam the tests drive. Dead code is deleted, not listed.
"""

from types import SimpleNamespace

_ = SimpleNamespace()

# Read by the libraries that lay out the report: reportlab chart and flowable attributes, openpyxl cell and sheet
# attributes (printing/report.py, printing/report_xlsx.py, printing/barcode_drawing.py).
_.valueMin, _.valueMax, _.valueStep, _.initialFontName, _.fillColor, _.barLabelFormat, _.boxAnchor, _.dx
_.categoryNames, _.barSpacing, _.groupSpacing, _.hAlign
_.alignment, _.freeze_panes, _.legend, _.number_format
# Flowable.wrap(avail_width, avail_height) is reportlab's signature; the height is not needed to measure a line.
_.avail_height
# PEP 562: printing's names load on first use (printing/__init__.py).
_.__getattr__
# sys.excepthook's signature (counter_app/ui/app.py): the type is in the exception itself.
_.exc_type

# Columns and attributes the database keeps: written for the audit trail and the record, read by SQL and exports.
_.mail_address, _.notified_by, _.imported_at, _.booked_by, _.status_by, _.created_by
_.isolation_level  # pysqlite's own transactions switched off, read by the driver (counter_app/store/database.py)
_.searches  # LookupAlert's count of refused searches, from the audit entry (operations/cards/lookup_guard.py)
_.hours_lines  # read by the web page's Jinja template (counter_app/web/templates)
_.PRINTERS, _.SUMMARY  # the first-run wizard's page ids: Qt walks them through nextId()

# QActions kept as attributes so they live as long as their window; shortcuts and menus trigger them, tests find them.
_.print_action, _.print_choose_action, _.back_action, _.next_tab_action, _.previous_tab_action, _.next_action
_.shortcuts_action, _.data_folder_action, _.about_action, _.lock_action
_.history, _.audit_page  # the main window's pages by name (tests, the Go menu's checks)

# Seams the tests drive, kept on purpose: they replace what would otherwise need a mock or a real wait.
_.RecordingPresenter, _.set_presenter  # ui/feedback.py: record what the clerk would be told instead of modal boxes
_.pending_count  # ui/operation_runner.py: the wait_ops fixture waits for background runs
_.remove_translations  # ui/i18n.py: a test that loads Chinese leaves English to the next
_.use_password_hasher  # operations/admin/accounts.py: a cheap argon2 for tests (the real one costs ~0.5 s)
_.build_base_message  # domain/id_card.py: the reader message builder, the parser's inverse (stand-in reader)
_.create_slot  # operations/appointments/booking.py: one slot outside the template (tests, bench_counters)
_.pending_notices  # operations/guide/offline_notices.py: the offline queue as it stands
_.known_until  # domain/working_days.py: the last year the calendar knows (tests pick the first guessed year)
_.scenes, _.buttons_out_of_sight, _.window_out_of_sight  # ui/tour.py: the screen-fit probe (tests/ui)
_.poll_changes  # ui/main_window.py: the change monitor's check, run at once (tests)
_.set_cell, _.set_periods, _.set_period, _.current_topic  # dialogs' and pages' input as a clerk types it (tests)
_.uninstall  # ui/scanner.py: the pair of install(), for a test that removes the scanner filter
_.result_, _.attempts  # close-day dialog's result and the server wait's retries, read by tests
