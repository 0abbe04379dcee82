"""Service checklists as data: one YAML file per counter service (loaded by counter_app.domain.catalog)."""
