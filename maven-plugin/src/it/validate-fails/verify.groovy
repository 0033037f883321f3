def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect "[ERROR] src/main/resources/hello.asl.json:4:31: ERROR SP-V003 at /States/Hello/Next: State 'Hello' transitions to 'Gret', but no state has that name (did you mean 'Greet'?). Fix: Name an existing state among [Hello, Greet]."
expect '[ERROR] src/main/resources/hello.asl.json:5:5: ERROR SP-V007 at /States/Greet: '
expect 'StepProof validate: 1 definition(s), 3 error(s), 0 warning(s).'
expect 'BUILD FAILURE'
return true
