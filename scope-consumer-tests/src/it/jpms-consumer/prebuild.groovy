// The root README on the module path: its BOM snippet goes into pom.xml, its module-info as the
// module's descriptor, its quick start into the module's package (a named module has no default
// package: the one line added is the package declaration), its "It prints:" block into
// expected-output.txt.
def snippet = evaluate(new File(snippets))
def readme = new File(repository, 'README.md')
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README: maven-bom -->', snippet(readme, 'maven-bom')), 'UTF-8')
def source = new File(basedir, 'src/main/java')
def pkg = new File(source, 'com/example/app')
pkg.mkdirs()
new File(source, 'module-info.java').setText(snippet(readme, 'module-info'), 'UTF-8')
new File(pkg, 'QuickStart.java').setText('package com.example.app;\n\n' + snippet(readme, 'quick-start'), 'UTF-8')
new File(pkg, 'Check.java').setText('package com.example.app;\n\n' + new File(common, 'Check.java').getText('UTF-8'), 'UTF-8')
new File(basedir, 'expected-output.txt').setText(snippet(readme, 'quick-start-output'), 'UTF-8')
return true
