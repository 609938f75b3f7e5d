import type http from "node:http";

/**
 * The SDK's Node `serve()` handler, made safe for any request: on a POST or PUT whose body is not JSON it rejects
 * rather than answers (inngest 4.24.0 parses the body before checking the signature), and an unhandled rejection
 * would end the process, so anyone who can reach the worker could stop it with one request. Such a request gets a
 * 400 that shows nothing of the server.
 */
export function guardServeHandler(handler: http.RequestListener): http.RequestListener {
  return (request, response) => {
    // Typed as returning nothing, the SDK's listener returns its promise.
    Promise.resolve(handler(request, response) as unknown).catch(() => {
      if (response.headersSent) return void response.destroy();
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ message: "The request body is not JSON." }));
    });
  };
}
