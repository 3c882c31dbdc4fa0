from hvbdesk.cli import main

raise SystemExit(main())
