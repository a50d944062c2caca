import TenderLintCore
import TenderLintReports

/// The upload page, in Swedish, self-contained (no external assets). Without script it is an
/// ordinary form that posts to `/api/lint` and gets the chosen result back (the report, or a
/// file to save); with script the report appears in the page and the download buttons send
/// the same file again, so the server never keeps a document between requests.
///
/// Accessibility (WCAG 2.1 AA): every control has a visible label; the file field is a real
/// `<input type=file>` (the drop zone is its label, so the keyboard and screen readers use it
/// as usual); focus is always visible; the order of focus follows the page; status and errors
/// are announced (`role=status`, `role=alert`); text contrast is at least 7:1 and controls'
/// 4.5:1; nothing is told by colour alone.
enum Page {
    static func render(templates: [String], maxUploadBytes: Int) -> String {
        let megabytes = maxUploadBytes / 1_048_576
        let options = templates.map { "<option value=\"\(HTMLReporter.escape($0))\">\(HTMLReporter.escape($0))</option>" }.joined()
        let accept = DocumentFormat.supportedExtensions.map { "." + $0 }.joined(separator: ",")
        return """
            <!doctype html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Granska ett upphandlingsdokument – tenderlint</title>
            <style>
            :root { --text: #1a1a1a; --muted: #444444; --accent: #1f4e8c; --accent-dark: #163a69; --line: #767676;
              --error: #a4000f; --bg-soft: #f3f5f8; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
            .skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem 1rem; }
            .skip:focus { left: 1rem; }
            header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
            header { border-bottom: 1px solid var(--line); }
            h1 { font-size: 1.6rem; margin: .25rem 0; }
            h2 { font-size: 1.25rem; margin-top: 1.5rem; }
            p.lead { margin: .25rem 0 0; color: var(--muted); }
            fieldset { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; }
            legend { font-weight: 600; padding: 0 .25rem; }
            label { font-weight: 600; display: block; margin-bottom: .25rem; }
            .drop { display: block; border: 2px dashed var(--line); border-radius: .5rem; padding: 1.5rem; text-align: center;
              background: var(--bg-soft); cursor: pointer; font-weight: 400; }
            .drop strong { color: var(--accent-dark); text-decoration: underline; }
            .drop.over { border-color: var(--accent); border-style: solid; background: #e4ecf7; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            input[type=file]:focus-visible + .drop, input[type=file]:focus + .drop { outline: 3px solid var(--accent); outline-offset: 3px; }
            select, button { font: inherit; }
            select { padding: .4rem .5rem; border: 1px solid var(--line); border-radius: .35rem; min-width: 16rem; background: #fff; color: var(--text); }
            .row { margin: 0 0 1rem; }
            .hint { color: var(--muted); margin: .25rem 0 0; font-size: .95rem; }
            button { cursor: pointer; border-radius: .35rem; padding: .55rem 1.1rem; border: 2px solid var(--accent); }
            button.primary { background: var(--accent); color: #fff; font-weight: 600; }
            button.primary:hover { background: var(--accent-dark); }
            button.secondary { background: #fff; color: var(--accent-dark); }
            button:disabled { opacity: .6; cursor: progress; }
            :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
            #fel { color: var(--error); border-left: 4px solid var(--error); padding: .5rem .75rem; background: #fff5f5; margin: 1rem 0; }
            #fel:empty { padding: 0; margin: 0; border: 0; }
            button[aria-disabled=true] { opacity: .6; cursor: progress; }
            .downloads { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
            iframe { width: 100%; height: 80vh; border: 1px solid var(--line); border-radius: .5rem; }
            .notice { background: var(--bg-soft); border-radius: .5rem; padding: .75rem 1rem; }
            .notice h2 { margin-top: 0; font-size: 1.05rem; }
            footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
            </style>
            </head>
            <body>
            <a class="skip" href="#innehall">Hoppa till innehållet</a>
            <header>
            <h1>Granska ett upphandlingsdokument</h1>
            <p class="lead">tenderlint hittar krångligt språk, lagrumshänvisningar och krav som stänger ute små företag, \
            och visar hur lättläst dokumentet är.</p>
            </header>
            <main id="innehall">
            <form id="granska" method="post" action="/api/lint" enctype="multipart/form-data">
            <fieldset>
            <legend>Dokument</legend>
            <input type="file" id="fil" name="file" class="visually-hidden" required accept="\(accept)" aria-describedby="fil-hjalp vald-fil">
            <label for="fil" class="drop" id="slapp">Dra dokumentet hit eller <strong>välj en fil</strong></label>
            <p class="hint" id="fil-hjalp">Word (.docx), OpenDocument (.odt), Markdown (.md) eller text (.txt), högst \(megabytes) MB.</p>
            <p class="hint" id="vald-fil" aria-live="polite"></p>
            </fieldset>
            <div class="row">
            <label for="mall">Mall att jämföra med</label>
            <select id="mall" name="template" aria-describedby="mall-hjalp"><option value="">Ingen mall</option>\(options)</select>
            <p class="hint" id="mall-hjalp">Regionens gemensamma mallar: avsnitt som saknas, standardtexter som ändrats och \
            ifyllnadsställen som inte fyllts i visas.</p>
            </div>
            <div class="row">
            <label for="format">Vad vill du få tillbaka?</label>
            <select id="format" name="format">
            <option value="html">Rapport i webbläsaren</option>
            <option value="docx">Word-fil med kommentarer</option>
            <option value="odt">ODT-fil med kommentarer (för .odt)</option>
            <option value="json">JSON</option>
            <option value="sarif">SARIF</option>
            </select>
            </div>
            <button type="submit" class="primary" id="skicka">Granska dokumentet</button>
            </form>
            <p id="status" role="status" aria-live="polite"></p>
            <div id="fel" role="alert"></div>
            <section id="resultat" aria-labelledby="resultat-rubrik" hidden>
            <h2 id="resultat-rubrik" tabindex="-1">Resultat</h2>
            <div class="downloads" role="group" aria-label="Ladda ned">
            <button type="button" class="secondary" data-format="docx">Ladda ned Word-fil med kommentarer</button>
            <button type="button" class="secondary" data-format="odt" id="ladda-odt" hidden>Ladda ned ODT-fil med kommentarer</button>
            <button type="button" class="secondary" data-format="json">Ladda ned JSON</button>
            <button type="button" class="secondary" data-format="sarif">Ladda ned SARIF</button>
            </div>
            <iframe id="rapport" title="Granskningsrapport" sandbox="allow-scripts"></iframe>
            </section>
            <section class="notice" aria-labelledby="sekretess">
            <h2 id="sekretess">Så hanteras ditt dokument</h2>
            <p>Ett utkast till upphandling är ofta sekretessbelagt tills det publiceras. Dokumentet sparas därför inte: \
            servern håller det i minnet och i en privat tillfällig fil medan det granskas, och raderar det när granskningen är klar. \
            Loggen innehåller bara storlek, tid och antal fynd – aldrig filens namn eller innehåll. \
            Varje nedladdning skickar dokumentet på nytt från din webbläsare.</p>
            </section>
            </main>
            <footer><p>tenderlint \(JSONReporter.toolVersion). Granskningen följer reglerna i tenderlints regelpaket; \
            <a href="/api/rules">regellistan som JSON</a>.</p></footer>
            <script>
            (function () {
              var form = document.getElementById('granska');
              var input = document.getElementById('fil');
              var zone = document.getElementById('slapp');
              var chosen = document.getElementById('vald-fil');
              var status = document.getElementById('status');
              var problem = document.getElementById('fel');
              var result = document.getElementById('resultat');
              var heading = document.getElementById('resultat-rubrik');
              var frame = document.getElementById('rapport');
              var submit = document.getElementById('skicka');
              var odt = document.getElementById('ladda-odt');
              function show() {
                chosen.textContent = input.files.length ? 'Vald fil: ' + input.files[0].name : '';
              }
              var working = false;
              // The old report is hidden, not emptied: Chromium leaves a frame blank when its
              // srcdoc is set to '' and then to the next report.
              function clearResult() { result.hidden = true; problem.textContent = ''; }
              input.addEventListener('change', function () { show(); clearResult(); });
              document.getElementById('mall').addEventListener('change', clearResult);
              // A file dropped beside the zone must not replace the page.
              ['dragover', 'drop'].forEach(function (name) {
                document.addEventListener(name, function (event) { event.preventDefault(); });
              });
              ['dragenter', 'dragover'].forEach(function (name) {
                zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add('over'); });
              });
              ['dragleave', 'drop'].forEach(function (name) {
                zone.addEventListener(name, function () { zone.classList.remove('over'); });
              });
              zone.addEventListener('drop', function (event) {
                event.preventDefault();
                if (event.dataTransfer && event.dataTransfer.files.length) { input.files = event.dataTransfer.files; show(); clearResult(); }
              });
              function send(format) {
                var data = new FormData();
                data.append('file', input.files[0]);
                data.append('template', document.getElementById('mall').value);
                data.append('format', format);
                return fetch('/api/lint', { method: 'POST', body: data }).then(function (response) {
                  if (response.ok) { return response; }
                  return response.json().catch(function () { return {}; }).then(function (body) {
                    throw new Error(body.error || ('servern svarade ' + response.status));
                  });
                });
              }
              function fail(error) { status.textContent = ''; problem.textContent = 'Fel: ' + error.message; }
              // Buttons stay focusable while a request runs (a disabled button would drop the
              // keyboard focus); they say they are busy and ignore presses.
              function busy(on) {
                working = on;
                Array.prototype.forEach.call(document.querySelectorAll('button'), function (b) {
                  if (on) { b.setAttribute('aria-disabled', 'true'); } else { b.removeAttribute('aria-disabled'); }
                });
              }
              function download(format) {
                problem.textContent = '';
                status.textContent = 'Förbereder nedladdningen …';
                busy(true);
                return send(format).then(function (response) {
                  var disposition = response.headers.get('Content-Disposition') || '';
                  var match = /filename\\*=UTF-8''([^;]+)/.exec(disposition);
                  var stem = input.files[0].name.replace(/\\.[^.]+$/, '');
                  var name = match ? decodeURIComponent(match[1]) : stem + '.tenderlint.' + format;
                  return response.blob().then(function (blob) {
                    var link = document.createElement('a');
                    link.href = URL.createObjectURL(blob);
                    link.download = name;
                    document.body.appendChild(link);
                    link.click();
                    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
                    status.textContent = name + ' har laddats ned.';
                  });
                }).catch(fail).then(function () { busy(false); });
              }
              form.addEventListener('submit', function (event) {
                if (!input.files.length || !window.fetch) { return; }
                event.preventDefault();
                if (working) { return; }
                var format = document.getElementById('format').value;
                if (format !== 'html') { download(format); return; }
                problem.textContent = '';
                status.textContent = 'Granskar ' + input.files[0].name + ' …';
                busy(true);
                send('html').then(function (response) {
                  var findings = response.headers.get('X-Tenderlint-Findings');
                  return response.text().then(function (html) {
                    frame.srcdoc = html;
                    heading.textContent = 'Resultat för ' + input.files[0].name + (findings !== null ? ' – ' + findings + ' fynd' : '');
                    odt.hidden = !/\\.(odt|ott|fodt)$/i.test(input.files[0].name);
                    result.hidden = false;
                    status.textContent = 'Granskningen är klar.';
                    heading.focus();
                  });
                }).catch(fail).then(function () { busy(false); });
              });
              Array.prototype.forEach.call(document.querySelectorAll('.downloads button'), function (button) {
                button.addEventListener('click', function () {
                  if (!input.files.length || working) { return; }
                  download(button.getAttribute('data-format'));
                });
              });
            }());
            </script>
            </body>
            </html>
            """
    }
}
