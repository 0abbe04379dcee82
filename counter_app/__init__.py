"""Counter Assistant (户籍窗口助手)."""

import builtins

# Python's own import function, taken when the package is first imported — at the start of the program, before
# anything imports PySide6, which replaces it. The window imports its storage and page modules with it
# (ui/window_imports.py).
PLAIN_IMPORT = builtins.__import__
