from cardscan.cli import main

# Guarded: the scan workers are spawned, and spawn imports the main module again in each worker.
if __name__ == "__main__":
    raise SystemExit(main())
