from coreplan.entry import program

program()
