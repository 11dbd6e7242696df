package duban.tasks.notice.header;

import java.util.regex.Pattern;

/** Lines that belong to the web page a notice was copied from, not to the notice. */
public final class PageNoise {

    private static final Pattern NOISE = Pattern.compile("^(?:标签\\s*:"
            + "|留言与评论"
            + "|(?:验证码|关键词|关键字|分享到|打印本页|关闭窗口|责任编辑|来源|浏览次数|点击数|当前位置|扫一扫)"
            + "|(?:发布时间|发布日期|发文日期|信息来源)\\s*:"
            + "|【?(?:打印|关闭|收藏|字体|字号)[】:]"
            + "|上一篇|下一篇|首页|网站地图|版权所有|主办单位|联系我们"
            + "|.*ICP备)");

    private PageNoise() {
    }

    public static boolean isNoise(String folded) {
        return NOISE.matcher(folded).lookingAt();
    }
}
