package duban.tasks.notice.header;

import java.util.List;
import java.util.regex.Pattern;

/** Lines that belong to the web page a notice was copied from, not to the notice. */
public final class PageNoise {

    private static final List<Pattern> NOISE = List.of(
            Pattern.compile("^标签\\s*:.*"),
            Pattern.compile("^留言与评论.*"),
            Pattern.compile("^(验证码|关键词|关键字|分享到|打印本页|关闭窗口|责任编辑|来源|浏览次数|点击数|当前位置|扫一扫)\\s*[:]?.*"),
            Pattern.compile("^(发布时间|发布日期|发文日期|信息来源)\\s*:.*"),
            Pattern.compile("^【?(打印|关闭|收藏|字体|字号)[】:].*"),
            Pattern.compile("^(上一篇|下一篇|首页|网站地图|版权所有|主办单位|联系我们).*"),
            Pattern.compile(".*ICP备.*"));

    private PageNoise() {
    }

    public static boolean isNoise(String folded) {
        for (Pattern pattern : NOISE) {
            if (pattern.matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }
}
