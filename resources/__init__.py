"""Icons, translations and sample files shipped with the application."""
