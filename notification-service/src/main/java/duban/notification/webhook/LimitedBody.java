package duban.notification.webhook;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first {@code limit} bytes of a receiver's answer and stops reading there: a receiver that answers with
 * a huge body costs the service no more than that.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {

    private final int limit;
    private final byte[] kept;
    private int length;
    private Flow.Subscription subscription;
    private final CompletableFuture<String> result = new CompletableFuture<>();

    LimitedBody(int limit) {
        this.limit = limit;
        this.kept = new byte[limit];
    }

    static HttpResponse.BodyHandler<String> handler(int limit) {
        return info -> new LimitedBody(limit);
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), limit - length);
            buffer.get(kept, length, take);
            length += take;
        }
        if (length >= limit && !result.isDone()) {
            subscription.cancel();
            complete();
        }
    }

    @Override
    public void onError(Throwable error) {
        // What came before the error is still worth keeping in the log.
        complete();
    }

    @Override
    public void onComplete() {
        complete();
    }

    private void complete() {
        result.complete(new String(kept, 0, length, StandardCharsets.UTF_8));
    }
}
