def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

// 2 machines x STATES, plus orders x CHOICE_RULES and RETRIERS; payments has no Choice rules or retriers to cover.
expect '[INFO] StepProof coverage-check: all coverage checks have been met (2 state machines, 4 limits).'
expect 'BUILD SUCCESS'
assert !log.contains('Rule violated')
return true
