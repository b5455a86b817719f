"""Training scripts for claim-compare's learned models (run as modules, e.g. `python -m training.train_judge`)."""
