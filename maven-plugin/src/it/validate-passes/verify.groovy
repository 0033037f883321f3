def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '--- stepproof:' // bound by its default phase, since the execution names none
expect '[INFO] StepProof validate: 1 definition(s), 0 error(s), 0 warning(s).'
expect 'BUILD SUCCESS'
assert !log.contains('unfinished.asl.json'): 'the excluded draft should not be read'
return true
