// The web chat: sends each question to POST /v1/ask with the conversation of the reply before, and shows
// the answers (headline, fields, tables, charts, suggestions to click). Plain ES module, no build step.
// Everything from the server is written as text, never as HTML.

const conversationLog = document.querySelector('#conversation');
const form = document.querySelector('#ask');
const input = document.querySelector('#question');
const submit = form.querySelector('button[type="submit"]');

let conversation;

const TEXT = {
  en: {
    you: 'You',
    bot: 'Streambot',
    unreachable: 'Streambot could not be reached. Try again in a moment.',
    good: 'Good answer',
    bad: 'Bad answer',
    expected: 'What did you expect?',
    send: 'Send',
  },
  es: {
    you: 'Tú',
    bot: 'Streambot',
    unreachable: 'No se pudo contactar con Streambot. Prueba de nuevo en un momento.',
    good: 'Buena respuesta',
    bad: 'Mala respuesta',
    expected: '¿Qué esperabas?',
    send: 'Enviar',
  },
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) appendText(node, text);
  return node;
}

/** Text with *emphasis* as the core writes titles; nothing else is interpreted. */
function appendText(node, text) {
  String(text)
    .split(/\*([^*\n]+)\*/)
    .forEach((part, index) => {
      if (index % 2 === 1) node.append(element('em', undefined, part));
      else if (part) node.append(document.createTextNode(part));
    });
}

function message(who, lang) {
  const item = element('article', `message ${who}`);
  item.lang = lang;
  item.append(element('h3', 'who', TEXT[lang][who]));
  conversationLog.append(item);
  return item;
}

function showQuestion(text, lang) {
  message('you', lang).append(element('p', 'text', text));
}

function showTable(item, table) {
  const wrapper = element('div', 'table');
  const grid = element('table');
  const head = grid.createTHead().insertRow();
  for (const column of table.columns) {
    const cell = element('th', undefined, column);
    cell.scope = 'col';
    head.append(cell);
  }
  const body = grid.createTBody();
  for (const row of table.rows) {
    const line = body.insertRow();
    for (const value of row) line.insertCell().append(document.createTextNode(value));
  }
  wrapper.append(grid);
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', 'Table');
  item.append(wrapper);
}

function showAnswer(reply) {
  const { answer } = reply;
  const item = message('bot', answer.locale === 'es' ? 'es' : 'en');
  item.classList.add(answer.kind);
  item.append(element('p', 'headline', answer.headline));
  if (answer.fields?.length) {
    const list = element('dl');
    for (const field of answer.fields)
      list.append(element('dt', undefined, field.label), element('dd', undefined, field.value));
    item.append(list);
  }
  if (answer.table) showTable(item, answer.table);
  if (reply.chartUrl && answer.chart) {
    const image = element('img', 'chart');
    image.src = reply.chartUrl;
    image.alt = answer.chart.alt;
    item.append(image);
  } else if (answer.note) {
    item.append(element('p', 'note', answer.note));
  }
  if (answer.suggestions?.length) {
    const list = element('ul', 'suggestions');
    for (const suggestion of answer.suggestions) {
      const button = element('button', 'suggestion', suggestion);
      button.type = 'button';
      button.addEventListener('click', () => ask(suggestion));
      list.append(element('li')).append(button);
    }
    item.append(list);
  }
  if (answer.build) item.append(element('p', 'build', `Data build ${answer.build}`));
  if (answer.id) item.append(feedbackControls(answer.id, answer.locale === 'es' ? 'es' : 'en'));
}

/** 👍 / 👎 under an answer; a 👎 opens a line for what the person expected. A second click changes the vote. */
function feedbackControls(answerId, lang) {
  const text = TEXT[lang];
  const box = element('div', 'feedback');
  const status = element('p', 'thanks');
  status.setAttribute('role', 'status');
  const send = async (vote, expected) => {
    try {
      const response = await fetch('/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          answer: answerId,
          vote,
          ...(expected ? { expected } : {}),
          ...(conversation ? { conversation } : {}),
        }),
      });
      const reply = await response.json();
      status.textContent = reply.answer?.headline ?? reply.error?.message ?? text.unreachable;
    } catch {
      status.textContent = text.unreachable;
    }
  };
  const form = element('form', 'expected');
  form.hidden = true;
  const label = element('label', undefined, text.expected);
  const field = element('input');
  field.maxLength = 500;
  label.append(field);
  const submit = element('button', undefined, text.send);
  submit.type = 'submit';
  form.append(label, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send('down', field.value);
    form.hidden = true;
  });
  const vote = (symbol, name, value) => {
    const button = element('button', 'vote', symbol);
    button.type = 'button';
    button.setAttribute('aria-label', name);
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      for (const other of box.querySelectorAll('button.vote'))
        other.setAttribute('aria-pressed', String(other === button));
      send(value);
      form.hidden = value !== 'down';
      if (value === 'down') field.focus();
    });
    return button;
  };
  box.append(vote('👍', text.good, 'up'), vote('👎', text.bad, 'down'), form, status);
  return box;
}

function showFailure(lang) {
  const item = message('bot', lang);
  item.classList.add('error');
  item.append(element('p', 'headline', TEXT[lang].unreachable));
}

async function ask(text) {
  const question = text.trim();
  if (!question) return;
  const guess = /[¿¡ñáéíóú]|\b(cuánt|qué|película|serie|tiene|más)\b/i.test(question) ? 'es' : 'en';
  showQuestion(question, guess);
  input.value = '';
  submit.disabled = true;
  try {
    const response = await fetch('/v1/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(conversation ? { text: question, conversation } : { text: question }),
    });
    const reply = await response.json();
    if (reply.answer) {
      conversation = reply.conversation ?? conversation;
      showAnswer(reply);
    } else {
      const item = message('bot', guess);
      item.classList.add('error');
      item.append(element('p', 'headline', reply.error?.message ?? TEXT[guess].unreachable));
    }
  } catch {
    showFailure(guess);
  } finally {
    submit.disabled = false;
    conversationLog.lastElementChild?.scrollIntoView({ block: 'nearest' });
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  ask(input.value);
});

for (const example of document.querySelectorAll('button.example')) {
  example.addEventListener('click', () => ask(example.textContent));
}

document.querySelector('#restart').addEventListener('click', () => {
  conversation = undefined;
  conversationLog.replaceChildren();
  input.focus();
});

input.focus();
