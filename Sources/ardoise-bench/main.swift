print("ardoise-bench: not yet")
