// The root README's "Compile-time checks": its Maven lines go into pom.xml, its handler into
// src/typo (as shown, in package com.example with its import, so the README's line and column
// hold) and into src/fixed with the typo corrected; nothing else is edited.
def snippet = evaluate(new File(snippets))
def readme = new File(repository, 'README.md')
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README: processor-maven -->', snippet(readme, 'processor-maven')), 'UTF-8')
def handler = 'package com.example;\n\nimport dev.scopegate.annotations.RequiresScopes;\n\n' + snippet(readme, 'processor-handler')
assert handler.contains('"workflow:craete"') : 'the README handler shows the typo'
['typo': handler, 'fixed': handler.replace('"workflow:craete"', '"workflow:create"')].each { variant, text ->
  def dir = new File(basedir, "src/${variant}/java/com/example")
  dir.mkdirs()
  new File(dir, 'WorkflowController.java').setText(text, 'UTF-8')
}
return true
