"""The counter's devices: printers per document, the ID-card reader."""
