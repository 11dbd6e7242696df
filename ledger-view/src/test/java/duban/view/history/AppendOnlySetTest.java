package duban.view.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendOnlySetTest {

    @Test
    void keepsTheOrderOfAddingAndEachMemberOnce() {
        AppendOnlySet<String> set = new AppendOnlySet<>();
        assertThat(set.add("b")).isTrue();
        assertThat(set.add("a")).isTrue();
        assertThat(set.add("b")).isFalse();
        assertThat(set).containsExactly("b", "a");
        assertThat(set.contains("a")).isTrue();
        assertThat(set).hasSize(2);
    }

    @Test
    void aPlanOfFiftyThousandTasksIsIndexedInLinearTime() {
        AppendOnlySet<String> set = new AppendOnlySet<>();
        long started = System.nanoTime();
        for (int i = 0; i < 50_000; i++) {
            set.add("task-" + i);
        }
        // A copy-on-write set took tens of seconds here.
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
        List<String> first = new ArrayList<>();
        set.stream().limit(3).forEach(first::add);
        assertThat(first).containsExactly("task-0", "task-1", "task-2");
    }
}
