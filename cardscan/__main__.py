from cardscan.cli import main

raise SystemExit(main())
