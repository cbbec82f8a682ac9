"""The benchmark: python -m bench [--quick] prints speed and memory figures beside baselines and targets."""
