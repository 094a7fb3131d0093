from coreplan.entry import main

main()
