// The fixed source compiles without a word from the processor, and the manifest is in the classes.
def log = new File(basedir, 'build.log').readLines('UTF-8')
assert !log.any { it.startsWith('[WARNING]') && it.contains('WorkflowController') } : 'no warning on the fixed source'
def manifest = new File(basedir, 'target/classes/META-INF/scopegate/operations.json')
assert manifest.isFile() : 'the processor writes META-INF/scopegate/operations.json'
def expected = '''{
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
assert manifest.getText('UTF-8') == expected
return true
