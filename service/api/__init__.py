"""The HTTP layer: thin routes over the engine, the contract's schemas, one error shape."""
