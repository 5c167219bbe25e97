// Shared by the consumers' prebuild scripts. Returns a closure that gives the fenced block right
// after the line "<!-- snippet: NAME -->" of a README, exactly as written there.
return { File readme, String name ->
  List<String> lines = readme.readLines('UTF-8')
  int at = lines.indexOf('<!-- snippet: ' + name + ' -->')
  if (at < 0 || !lines[at + 1].startsWith('```')) {
    throw new IllegalStateException("no snippet '" + name + "' (a fenced block after its marker) in " + readme)
  }
  List<String> body = []
  for (int i = at + 2; lines[i] != '```'; i++) {
    body << lines[i]
  }
  body.join('\n') + '\n'
}
