// The root README, from the top: its dependency snippet goes into pom.xml, its quick start into
// the default package, its "It prints:" block into expected-output.txt; nothing is edited.
def snippet = evaluate(new File(snippets))
def readme = new File(repository, 'README.md')
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README: maven-dependency -->', snippet(readme, 'maven-dependency')), 'UTF-8')
def source = new File(basedir, 'src/main/java')
source.mkdirs()
new File(source, 'QuickStart.java').setText(snippet(readme, 'quick-start'), 'UTF-8')
new File(source, 'Check.java').setText(new File(common, 'Check.java').getText('UTF-8'), 'UTF-8')
new File(basedir, 'expected-output.txt').setText(snippet(readme, 'quick-start-output'), 'UTF-8')
return true
