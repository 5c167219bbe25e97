// The build failed (invoker.properties); it must have failed with the README's error, at the
// README's line and column, in the engine's words.
def readme = new File(basedir, '../../../../README.md').readLines('UTF-8')
def shown = readme.find { it.startsWith('[ERROR] ') && it.contains('WorkflowController.java:[') }
assert shown != null : 'README shows no [ERROR] line for WorkflowController.java'
def where = shown.substring(shown.indexOf('src/main/java/'))
def expected = '[ERROR] ' + new File(basedir, where.substring(0, where.indexOf(':'))).canonicalPath + where.substring(where.indexOf(':'))
def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains(expected) : "build.log lacks the line\n" + expected
// javac's own count, which Maven prints after the COMPILATION ERROR list (the list is printed again on failure)
assert log.contains('[INFO] 1 error') : 'exactly one error for the one bad scope'
return true
