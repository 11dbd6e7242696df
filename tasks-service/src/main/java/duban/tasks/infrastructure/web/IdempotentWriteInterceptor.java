package duban.tasks.infrastructure.web;

import duban.tasks.infrastructure.idempotency.IdempotentRequests;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs an {@link Idempotent} write through {@link IdempotentRequests}, so that the whole resource method (building
 * the command, every check, sending it, reading the answer) happens after its key is claimed and in the transaction
 * that holds the claim. Its priority puts it inside bean validation ({@code PLATFORM_AFTER + 800}): a body that
 * breaks its constraints is refused before any key is claimed.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotentWriteInterceptor {

    private static final Map<Method, Signature> SIGNATURES = new ConcurrentHashMap<>();

    @Inject
    IdempotentRequests requests;

    @Inject
    UriInfo uri;

    @AroundInvoke
    Object once(InvocationContext invocation) {
        Signature signature = SIGNATURES.computeIfAbsent(invocation.getMethod(), Signature::of);
        Object[] arguments = invocation.getParameters();
        String key = ((WriteHeaders) arguments[signature.headers()]).idempotencyKey();
        Object body = signature.body() < 0 ? null : arguments[signature.body()];
        // Every write under /api/v1/tasks/{taskId} changes that task alone (its commands name it as their target).
        String task = uri.getPathParameters().getFirst("taskId");
        return requests.execute(key, signature.httpMethod(), uri.getPath(), body, task, () -> proceed(invocation));
    }

    private static Response proceed(InvocationContext invocation) {
        try {
            return (Response) invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Resource methods declare no checked exception.
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where a write method takes its headers and its body, and its HTTP method.
     *
     * @param body the entity parameter as JAX-RS defines it (no JAX-RS annotation binds it), or -1 for none
     */
    record Signature(String httpMethod, int headers, int body) {

        static Signature of(Method method) {
            int headers = -1;
            int body = -1;
            Class<?>[] types = method.getParameterTypes();
            Annotation[][] annotations = method.getParameterAnnotations();
            for (int i = 0; i < types.length; i++) {
                if (WriteHeaders.class.isAssignableFrom(types[i])) {
                    headers = i;
                } else if (Arrays.stream(annotations[i]).noneMatch(Signature::bindsFromRequest)) {
                    body = i;
                }
            }
            if (headers < 0 || !Response.class.equals(method.getReturnType())) {
                throw new IllegalStateException(method + " is @Idempotent: it takes a WriteHeaders and answers a Response");
            }
            String httpMethod = Arrays.stream(method.getAnnotations())
                    .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                    .filter(Objects::nonNull).map(HttpMethod::value).findFirst()
                    .orElseThrow(() -> new IllegalStateException(method + " is @Idempotent but no resource method"));
            return new Signature(httpMethod, headers, body);
        }

        private static boolean bindsFromRequest(Annotation annotation) {
            String name = annotation.annotationType().getName();
            return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.");
        }
    }
}
