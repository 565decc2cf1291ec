// Starts GraphiQL on the page that graph/graphiql serves. Settings arrive in
// data attributes of #graphiql so that the page needs no inline script.
(function () {
  'use strict';
  var el = document.getElementById('graphiql');

  // GraphiQL's dialogs lock scrolling with a <style> element they add
  // (react-remove-scroll), tagged with this nonce, which the page's
  // Content-Security-Policy allows.
  window.__webpack_nonce__ = document.currentScript.nonce;

  var url = new URL(el.dataset.endpoint, location.href);
  var subscriptionUrl = new URL(url.href);
  subscriptionUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

  // GraphiQL sends the headers pane as HTTP headers, and for a subscription
  // as the connection_init payload ({"Authorization": "Bearer …"}), which is
  // where the server reads a socket's token.
  var fetcher = GraphiQL.createFetcher({
    url: url.href,
    subscriptionUrl: subscriptionUrl.href,
  });

  ReactDOM.createRoot(el).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: el.dataset.defaultQuery,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
