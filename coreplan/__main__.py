from coreplan.cli import main

main()
