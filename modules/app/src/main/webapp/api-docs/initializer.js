// Swagger UI on Bina's own OpenAPI document; "Authorize" takes a username and password (HTTP Basic).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
