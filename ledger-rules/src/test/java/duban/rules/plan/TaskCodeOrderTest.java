package duban.rules.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskCodeOrderTest {

    @Test
    void codesSortAsTheNoticeNumbersThem() {
        List<String> expected = List.of("一", "一.(一)", "一.(二)", "一.(十)", "二", "二.(一)", "二.(一).1",
                "二.(一).2", "二.(一).2.(1)", "二.(一).2.(2)", "二.(一).2.(10)", "二.(一).10", "九", "十", "十一",
                "二十", "二十一");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 0, 7);
        shuffled.sort(TaskCodeOrder.INSTANCE);
        assertEquals(expected, shuffled);
    }

    @Test
    void fullWidthParenthesesAreTheSameAndUnknownFormsComeLast() {
        List<String> codes = new ArrayList<>(List.of("附件", "（二）", "(一)", "3"));
        codes.sort(TaskCodeOrder.INSTANCE);
        assertEquals(List.of("(一)", "（二）", "3", "附件"), codes);
    }

    @Test
    void chineseNumbers() {
        assertEquals(1, TaskCodeOrder.chineseNumber("一"));
        assertEquals(10, TaskCodeOrder.chineseNumber("十"));
        assertEquals(12, TaskCodeOrder.chineseNumber("十二"));
        assertEquals(20, TaskCodeOrder.chineseNumber("二十"));
        assertEquals(-1, TaskCodeOrder.chineseNumber("附"));
    }

    @Test
    void aPlansAreasLieAtTheFirstLevelUnlessOnePartHoldsThemAll() {
        assertEquals("二", TaskCodeOrder.area("二.(一).1", 1));
        assertEquals("一.(二)", TaskCodeOrder.area("一.(二).1.(3)", 2));
        assertEquals("一", TaskCodeOrder.area("一", 2));
        assertEquals(1, TaskCodeOrder.areaDepth(List.of("一", "一.(一)", "二", "二.(一).1")));
        assertEquals(2, TaskCodeOrder.areaDepth(List.of("一", "一.(一)", "一.(一).1", "一.(二).1")));
        assertEquals(1, TaskCodeOrder.areaDepth(List.of("一")));
        assertEquals(1, TaskCodeOrder.areaDepth(List.of("一", "一.(一).1")), "no second-level task to name an area");
    }
}
