package duban.tasks.domain.rule;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the refusal of a command for one rule, for {@code expectException}. */
public final class Refused {

    private Refused() {
    }

    public static Matcher<LedgerRuleViolation> with(Violation violation) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerRuleViolation refusal) {
                return refusal.violation() == violation && refusal.getMessage() != null && !refusal.getMessage().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a LedgerRuleViolation with code " + violation.code() + " and a message");
            }

            @Override
            protected void describeMismatchSafely(LedgerRuleViolation refusal, Description description) {
                description.appendText("was " + refusal);
            }
        };
    }
}
