-- `sitegen lsp` in a real editor: Neovim (headless) on a copy of the sample site.
-- Run by Scripts/test.d/45-editor.sh as: nvim --headless -u NONE -c 'luafile THIS' with
-- SITEGEN (the binary) and SITE (the copy) in the environment. Writes what it saw, a line
-- each, to SITE/session.txt; the shell step compares that with what is expected.
local root, binary = os.getenv('SITE'), os.getenv('SITEGEN')
local seen = {}
local function note(line) table.insert(seen, line) end
local function finish() vim.fn.writefile(seen, root .. '/session.txt'); vim.cmd('qa!') end

local client_id = vim.lsp.start_client({
  name = 'sitegen', cmd = { binary, 'lsp' }, root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'site' } },
})
vim.cmd('edit ' .. root .. '/Content/_index.md')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
if not vim.wait(20000, function() local c = vim.lsp.get_client_by_id(client_id); return c ~= nil and c.initialized end) then
  note('no initialize'); finish()
end
local function request(method, params)
  local replies = vim.lsp.buf_request_sync(buf, method, params, 20000) or {}
  for _, reply in pairs(replies) do return reply end
  return {}
end
local document = { uri = vim.uri_from_bufnr(buf) }

-- 1. A short row typed at the end of the page, unsaved: its finding shows, and its quick fix mends it.
local last = vim.api.nvim_buf_line_count(buf)
vim.api.nvim_buf_set_lines(buf, last, last, false, { '', '| 方式 | 费用 | 耗时 |', '|---|---|---|', '| 注销 |' })
vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end)
for _, d in ipairs(vim.diagnostic.get(buf)) do note(string.format('finding %d %s', d.lnum - last + 1, d.code or '?')) end
local actions = request('textDocument/codeAction', {
  textDocument = document, context = { diagnostics = {} },
  range = { start = { line = last + 3, character = 0 }, ['end'] = { line = last + 3, character = 0 } } }).result or {}
for _, action in ipairs(actions) do
  note('quick fix ' .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
end
note('row now ' .. vim.api.nvim_buf_get_lines(buf, last + 3, last + 4, false)[1])
vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end)
note('findings after the fix ' .. #vim.diagnostic.get(buf))
vim.api.nvim_buf_set_lines(buf, last, -1, false, {})

-- 2. Rename the comparison heading: the link to it on another page (not open) follows.
local heading = { textDocument = document, position = { line = 9, character = 4 } }
note('rename from ' .. tostring((request('textDocument/prepareRename', heading).result or {}).placeholder))
for _, location in ipairs(request('textDocument/references', vim.tbl_extend('force', heading, { context = { includeDeclaration = false } })).result or {}) do
  note(string.format('linked from %s:%d', location.uri:gsub('.*/Content/', ''), location.range.start.line + 1))
end
local renamed = request('textDocument/rename', vim.tbl_extend('force', heading, { newName = '三种方式的对比' }))
if renamed.error then note('rename error ' .. renamed.error.message) else vim.lsp.util.apply_workspace_edit(renamed.result, 'utf-16') end

-- 2b. Rename the comparison matrix (on its annotation): its id changes.
local matrix = { textDocument = document, position = { line = 14, character = 0 } }
note('rename table from ' .. tostring((request('textDocument/prepareRename', matrix).result or {}).placeholder))
local table_renamed = request('textDocument/rename', vim.tbl_extend('force', matrix, { newName = 'ways' }))
if table_renamed.error then note('rename error ' .. table_renamed.error.message) else vim.lsp.util.apply_workspace_edit(table_renamed.result, 'utf-16') end
vim.cmd('silent wall')

-- 3. Find the heading anywhere in the site, and hover over a cell of the comparison matrix (its typed value).
for _, symbol in ipairs(request('workspace/symbol', { query = '方式对比' }).result or {}) do note('symbol ' .. symbol.name) end
for number, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local byte = line:find('5-10分钟审核', 1, true)
  if byte then
    local hover = request('textDocument/hover', { textDocument = document,
      position = { line = number - 1, character = vim.str_utfindex(line, byte + 1) } }).result
    note('hover ' .. (hover and hover.contents.value:match('^[^\n]*') or 'nothing'))
  end
end
finish()
