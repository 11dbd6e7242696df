package duban.tasks.infrastructure.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that runs once per Idempotency-Key: the same key with the same body answers the first result again and
 * records nothing; with another body, 422 {@code idempotency-key-reused}. The method takes a {@link WriteHeaders}
 * (the key) and answers a {@code Response}; its body is the parameter JAX-RS binds to nothing else. On a resource
 * class, every method of it is such a write.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
