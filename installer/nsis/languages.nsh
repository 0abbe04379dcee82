; Installer texts in Simplified Chinese (the default) and English. UTF-8 with BOM: makensis reads it as Unicode.

LangString AppName ${LANG_SIMPCHINESE} "户籍窗口助手"
LangString AppName ${LANG_ENGLISH} "Counter Assistant"

LangString DemoShortcut ${LANG_SIMPCHINESE} "户籍窗口助手（演示数据）"
LangString DemoShortcut ${LANG_ENGLISH} "Counter Assistant (demo data)"

LangString UninstallShortcut ${LANG_SIMPCHINESE} "卸载户籍窗口助手"
LangString UninstallShortcut ${LANG_ENGLISH} "Uninstall Counter Assistant"

LangString SecProgram ${LANG_SIMPCHINESE} "程序文件和快捷方式"
LangString SecProgram ${LANG_ENGLISH} "Program files and shortcuts"

LangString SecProgramDesc ${LANG_SIMPCHINESE} "删除程序文件、开始菜单和桌面快捷方式。"
LangString SecProgramDesc ${LANG_ENGLISH} "Removes the program files and the Start-menu and desktop shortcuts."

LangString SecRemoveData ${LANG_SIMPCHINESE} "同时删除本机数据（数据库、备份、日志、本机设置）"
LangString SecRemoveData ${LANG_ENGLISH} "Also delete this computer's data (database, backups, logs, settings)"

LangString SecRemoveDataDesc ${LANG_SIMPCHINESE} "默认保留。勾选后删除当前 Windows 用户的本地数据库、备份、日志和本机设置，无法恢复。共用的 PostgreSQL 数据库不受影响。"
LangString SecRemoveDataDesc ${LANG_ENGLISH} "Kept by default. If ticked, the current Windows user's local database, backups, logs and settings are deleted for good. A shared PostgreSQL database is not affected."

LangString KeepDataHint ${LANG_SIMPCHINESE} "本机数据（数据库、备份、日志）默认保留，重新安装后可继续使用。如需一并删除，请勾选下面的选项。"
LangString KeepDataHint ${LANG_ENGLISH} "This computer's data (database, backups, logs) is kept by default and is used again after a reinstall. Tick the option below to delete it too."

LangString Needs64Bit ${LANG_SIMPCHINESE} "户籍窗口助手需要 64 位 Windows 10 或更高版本。"
LangString Needs64Bit ${LANG_ENGLISH} "Counter Assistant needs 64-bit Windows 10 or later."
