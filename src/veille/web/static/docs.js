/* The API documentation page: Swagger UI (vendored) over this server's OpenAPI document. */
window.addEventListener("load", function () {
  "use strict";
  if (typeof SwaggerUIBundle === "undefined") {
    document.getElementById("swagger-ui").textContent = "Swagger UI needs the vendored libraries: run `make assets`.";
    return;
  }
  SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
