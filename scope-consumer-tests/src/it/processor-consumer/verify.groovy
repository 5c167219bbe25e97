// After both builds (invoker.properties): the first failed with exactly the README's error line, at
// the README's line and column, and javac's count of one error; the second compiled without a word
// from the processor and wrote the manifest.
def snippet = evaluate(new File(snippets))
def shown = snippet(new File(repository, 'README.md'), 'processor-error').trim()
def where = shown.substring(shown.indexOf('src/main/java/com/example/'))
def expected = '[ERROR] ' + new File(basedir, 'src/typo/java/com/example/').canonicalPath + '/' +
    where.substring('src/main/java/com/example/'.length())
def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains(expected) : "build.log lacks the README's error line\n" + expected
assert log.contains('[INFO] 1 error') : 'javac reports exactly one error for the one bad scope'
assert !log.any { it.startsWith('[WARNING]') && it.contains('WorkflowController') } : 'no warning on the handler'

def manifest = new File(basedir, 'target/classes/META-INF/scopegate/operations.json')
assert manifest.getText('UTF-8') == '''{
  "version": 1,
  "operations": [
    {
      "class": "com.example.WorkflowController",
      "method": "create",
      "parameters": ["java.lang.String", "java.lang.String"],
      "operationId": null,
      "http": [],
      "scopes": [["workflow:create"]]
    }
  ]
}
'''
return true
