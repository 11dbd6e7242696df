package duban.tasks.attachment.api;

/** Example answers for the OpenAPI document. */
final class AttachmentExamples {

    static final String STORED = """
            {"sha256":"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b","size":482113,
             "mediaType":"application/pdf","name":"高企认定名单.pdf"}""";

    static final String TOO_LARGE = """
            {"type":"urn:duban:problem:attachment-too-large","title":"Payload too large","status":413,
             "detail":"an attachment may have at most 20971520 bytes"}""";

    static final String UNSUPPORTED = """
            {"type":"urn:duban:problem:attachment-type-mismatch","title":"Unsupported Media Type",
             "status":415,"detail":"the file's content is not application/pdf as declared"}""";

    static final String RANGE = """
            {"type":"urn:duban:problem:range-not-satisfiable","title":"Range Not Satisfiable",
             "status":416,"detail":"the file has 482113 bytes"}""";

    private AttachmentExamples() {
    }
}
