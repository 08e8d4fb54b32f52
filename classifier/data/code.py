"""Code blocks, command lines, configuration, stack traces and program output (every line `body`).

Programming articles (cnblogs, CSDN, juejin, 51cto, learnku style) are half prose, half code, and a
converted page prints every code line as a line of its own: ``import`` lines, lone braces ``}`` and
``});``, indented statements, comments in Chinese, shell prompts, YAML keys, SQL, log lines and
tracebacks. All of it is the article (real-data README: "code braces" stay body). The snippets are
built from templates over identifier vocabularies, so no two blocks repeat; indentation comes out the
ways HTML-to-text leaves it (kept, tabs, two spaces, collapsed to one space, or lost).
"""

from __future__ import annotations

import random

from . import vocab

#: (identifier, Chinese noun) pairs: variables, tables and the Chinese comments that describe them.
NOUNS: tuple[tuple[str, str], ...] = (
    ("user", "用户"), ("order", "订单"), ("product", "商品"), ("config", "配置"), ("cache", "缓存"), ("item", "条目"),
    ("task", "任务"), ("file", "文件"), ("token", "令牌"), ("session", "会话"), ("message", "消息"), ("record", "记录"),
    ("page", "分页"), ("student", "学生"), ("article", "文章"), ("comment", "评论"), ("account", "账户"), ("role", "角色"),
    ("permission", "权限"), ("menu", "菜单"), ("dept", "部门"), ("goods", "商品"), ("cart", "购物车"), ("address", "地址"),
    ("coupon", "优惠券"), ("image", "图片"), ("job", "作业"), ("event", "事件"), ("device", "设备"), ("log", "日志"),
    ("report", "报表"), ("payment", "支付"), ("member", "会员"), ("course", "课程"), ("score", "成绩"), ("book", "图书"),
    ("city", "城市"), ("video", "视频"), ("notice", "公告"), ("tag", "标签"), ("category", "分类"), ("stock", "库存"),
    ("employee", "员工"), ("customer", "客户"), ("invoice", "发票"), ("ticket", "工单"), ("channel", "渠道"),
)
VERBS: tuple[tuple[str, str], ...] = (
    ("get", "获取"), ("list", "查询"), ("save", "保存"), ("update", "更新"), ("delete", "删除"), ("load", "加载"),
    ("check", "校验"), ("parse", "解析"), ("build", "构建"), ("send", "发送"), ("handle", "处理"), ("fetch", "拉取"),
    ("create", "创建"), ("export", "导出"), ("import", "导入"), ("sync", "同步"), ("count", "统计"), ("format", "格式化"),
    ("init", "初始化"), ("upload", "上传"), ("download", "下载"), ("convert", "转换"), ("filter", "过滤"), ("sort", "排序"),
)
FIELDS: tuple[str, ...] = (
    "id", "name", "status", "createTime", "updateTime", "type", "title", "content", "price", "count", "remark",
    "phone", "email", "age", "url", "code", "level", "sort", "userId", "amount", "deleted", "version", "parentId",
)
MODULES_PY: tuple[str, ...] = (
    "os", "sys", "json", "time", "re", "random", "logging", "datetime", "pathlib", "collections", "itertools",
    "requests", "numpy as np", "pandas as pd", "matplotlib.pyplot as plt", "torch", "asyncio", "csv", "hashlib",
    "argparse", "subprocess", "threading", "sqlite3", "yaml", "jieba", "openpyxl", "redis", "pymysql",
)
FROM_IMPORTS_PY: tuple[str, ...] = (
    "from flask import Flask, request, jsonify", "from django.db import models", "from fastapi import FastAPI",
    "from typing import List, Optional", "from bs4 import BeautifulSoup", "from collections import defaultdict",
    "from datetime import datetime, timedelta", "from sklearn.model_selection import train_test_split",
    "from torch import nn", "from sqlalchemy import create_engine", "from pathlib import Path",
    "from concurrent.futures import ThreadPoolExecutor", "from selenium import webdriver", "from PIL import Image",
    "from django.http import JsonResponse", "from pydantic import BaseModel", "from celery import Celery",
)
PACKAGES_PY: tuple[str, ...] = (
    "requests", "flask", "django", "fastapi", "uvicorn", "pandas", "numpy", "scrapy", "torch", "torchvision",
    "beautifulsoup4", "lxml", "openpyxl", "pymysql", "redis", "celery", "matplotlib", "scikit-learn", "selenium",
    "jieba", "pillow", "sqlalchemy", "pytest", "loguru", "pyyaml", "transformers", "opencv-python", "tqdm",
)
PACKAGES_JS: tuple[str, ...] = (
    "axios", "vue-router", "vuex", "pinia", "element-plus", "ant-design-vue", "express", "koa", "lodash", "dayjs",
    "echarts", "webpack", "vite", "typescript", "eslint", "sass", "less", "react-router-dom", "redux", "mockjs",
    "nodemon", "socket.io", "mongoose", "jsonwebtoken", "multer", "qs", "nprogress", "js-cookie", "vant",
)
IMAGES: tuple[str, ...] = (
    "nginx", "mysql", "redis", "mongo", "postgres", "rabbitmq", "elasticsearch", "kibana", "jenkins/jenkins",
    "gitlab/gitlab-ce", "minio/minio", "nacos/nacos-server", "grafana/grafana", "prom/prometheus", "bitnami/kafka",
    "bitnami/zookeeper", "portainer/portainer-ce", "python", "node", "openjdk", "golang", "centos", "ubuntu",
)
TAGS: tuple[str, ...] = ("latest", "8.0", "5.7", "7.2", "3.9", "alpine", "1.25", "18-alpine", "3.11-slim", "v2.3.1", "lts")
SERVICES: tuple[str, ...] = ("nginx", "mysqld", "redis", "docker", "sshd", "firewalld", "jenkins", "kubelet", "php-fpm", "supervisord")
DIRS: tuple[str, ...] = ("/usr/local", "/opt", "/home/app", "/data", "/var/www", "/etc/nginx", "/root", "~/projects", "/srv")
EXCEPTIONS_PY: tuple[tuple[str, str], ...] = (
    ("KeyError", "'{f}'"), ("TypeError", "'NoneType' object is not subscriptable"), ("ValueError", "invalid literal for int() with base 10: '{f}'"),
    ("ModuleNotFoundError", "No module named '{m}'"), ("AttributeError", "'dict' object has no attribute '{f}'"),
    ("IndexError", "list index out of range"), ("FileNotFoundError", "[Errno 2] No such file or directory: '{f}.json'"),
    ("UnicodeDecodeError", "'gbk' codec can't decode byte 0x80 in position {n}: illegal multibyte sequence"),
    ("ZeroDivisionError", "division by zero"), ("RuntimeError", "CUDA out of memory. Tried to allocate {n}.00 MiB"),
    ("ConnectionError", "HTTPConnectionPool(host='127.0.0.1', port={p}): Max retries exceeded"),
    ("json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)"),
)
EXCEPTIONS_JAVA: tuple[str, ...] = (
    "java.lang.NullPointerException", "java.lang.IllegalArgumentException: {F} must not be null",
    "java.lang.ClassNotFoundException: com.mysql.cj.jdbc.Driver", "java.lang.ArrayIndexOutOfBoundsException: {n}",
    "org.springframework.beans.factory.BeanCreationException: Error creating bean with name '{c}Service'",
    "java.sql.SQLSyntaxErrorException: Unknown column '{f}' in 'field list'", "java.lang.OutOfMemoryError: Java heap space",
    "com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.util.Date`",
    "org.apache.ibatis.binding.BindingException: Invalid bound statement (not found)",
    "java.net.ConnectException: Connection refused (Connection refused)",
    "java.lang.NumberFormatException: For input string: \"{f}\"",
)
LOG_MESSAGES: tuple[str, ...] = (
    "Started {C}Application in {d} seconds (JVM running for {d2})", "Tomcat started on port(s): {p} (http)",
    "Initializing Spring embedded WebApplicationContext", "HikariPool-1 - Start completed.", "Connected to redis://127.0.0.1:6379",
    "{c} service is ready", "Listening on http://0.0.0.0:{p}", "Application startup complete.", "Uvicorn running on http://127.0.0.1:{p}",
    "GET /api/{c}/list 200 {n}ms", "POST /api/{c} 500 {n}ms", "Consumer group rebalanced, partitions assigned: [{n}]",
    "Slow query detected: {n} ms", "Retrying request ({n}/3)", "Cache miss for key {c}:{n}", "Worker {n} exited with code 0",
    "Compiled successfully in {n}ms", "webpack compiled with 1 warning", "Server running at http://localhost:{p}/",
)


def _noun(rng: random.Random) -> tuple[str, str]:
    return rng.choice(NOUNS)


def _camel(*words: str) -> str:
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def _pascal(*words: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


def _snake(*words: str) -> str:
    return "_".join(w.lower() for w in words)


def chinese_comment(rng: random.Random, noun_cn: str, verb_cn: str) -> str:
    """The text of an inline comment ("获取用户列表", "TODO: 这里需要加缓存")."""
    return rng.choice((
        f"{verb_cn}{noun_cn}列表", f"{verb_cn}{noun_cn}信息", f"判断{noun_cn}是否为空", f"这里需要{verb_cn}{noun_cn}",
        f"TODO: {noun_cn}数据量大时要分页", f"根据id{verb_cn}{noun_cn}", f"如果{noun_cn}不存在直接返回", f"注意：{noun_cn}可能为null",
        f"{verb_cn}完成后记录日志", "设置超时时间，单位毫秒", "捕获异常，避免程序中断", f"把{noun_cn}放入缓存", f"{noun_cn}状态：0 正常 1 禁用",
        "这一步很关键", "循环处理每一条数据", "返回结果", "初始化", f"第{vocab.cn_number(rng.randint(1, 5))}步：{verb_cn}{noun_cn}",
        f"{verb_cn}{noun_cn}", "默认值", "测试用例", "打印结果看一下", "下面是核心逻辑",
    ))


# --- languages -----------------------------------------------------------------------------------
# Each maker returns (depth, text) pairs; render() applies the block's indentation style.

Lines = list[tuple[int, str]]


def python_block(rng: random.Random) -> Lines:
    """A Python snippet: imports, a function or class, a main guard."""
    noun, noun_cn = _noun(rng)
    verb, verb_cn = rng.choice(VERBS)
    func = _snake(verb, noun) + rng.choice(("", "s", "_list", "_by_id", "_info"))
    out: Lines = []
    if rng.random() < 0.7:
        for mod in rng.sample(MODULES_PY, rng.randint(1, 3)):
            out.append((0, f"import {mod}"))
        if rng.random() < 0.5:
            out.append((0, rng.choice(FROM_IMPORTS_PY)))
        out.append((0, ""))
    if rng.random() < 0.3:
        cls = _pascal(noun, rng.choice(("Service", "Manager", "Spider", "Model", "Handler", "Client")))
        out.append((0, f"class {cls}:" if rng.random() < 0.5 else f"class {cls}(object):"))
        if rng.random() < 0.5:
            out.append((1, f'"""{noun_cn}{rng.choice(("相关操作", "管理类", "爬虫", "模型", "处理器"))}"""'))
        out.append((1, "def __init__(self, " + rng.choice(("config", "url", "db", "name", "path")) + "=None):"))
        out.append((2, f"self.{rng.choice(('config', 'url', 'db', 'name', 'path'))} = {rng.choice(('config', 'url', 'db', 'name', 'path'))}"))
        out.append((2, f"self.{noun}s = []"))
        base = 1
        args = "self, " + rng.choice(("page=1", f"{noun}_id", "data", "**kwargs", "limit=10"))
    else:
        base = 0
        args = rng.choice((f"{noun}_id", "data", "path", "url, params=None", "page=1, size=20", "", "df", "text"))
    out.append((base, f"def {func}({args}):"))
    if rng.random() < 0.4:
        out.append((base + 1, f"# {chinese_comment(rng, noun_cn, verb_cn)}"))
    for _ in range(rng.randint(1, 4)):
        out.extend((base + 1 + d, t) for d, t in _python_statement(rng, noun, noun_cn, verb_cn))
    out.append((base + 1, rng.choice((f"return {noun}s", "return result", "return data", f"return {noun}", "return True",
                                       "return df", "return res.json()"))))
    if rng.random() < 0.45:
        out.append((0, ""))
        out.append((0, rng.choice(('if __name__ == "__main__":', "if __name__ == '__main__':"))))
        out.append((1, f"{rng.choice(('result', 'res', noun + 's', 'data'))} = {func}({rng.choice(('1', '', repr('data.csv'), 'page=2'))})"))
        out.append((1, rng.choice(("print(result)", f"print(len({noun}s))", "print(res)", 'print(f"共{len(data)}条")', "main()"))))
    return out


def _python_statement(rng: random.Random, noun: str, noun_cn: str, verb_cn: str) -> Lines:
    field = rng.choice(FIELDS)
    roll = rng.random()
    if roll < 0.2:
        return [(0, f"for {noun} in {noun}s:"), (1, f"if {noun}.get('{field}') is None:"), (2, "continue"),
                (1, f"result.append({noun}['{field}'])")]
    if roll < 0.35:
        return [(0, f"res = requests.{rng.choice(('get', 'post'))}(url, {rng.choice(('params=params', 'json=data', 'headers=headers'))}, timeout={rng.randint(3, 30)})"),
                (0, "if res.status_code != 200:"), (1, rng.choice(('raise Exception("请求失败")', "return None", f'print("{verb_cn}失败", res.text)')))]
    if roll < 0.5:
        return [(0, "try:"), (1, f"{noun} = json.loads(text)"), (0, "except Exception as e:"),
                (1, rng.choice(("print(e)", f'logging.error("{verb_cn}{noun_cn}出错: %s", e)', "return None")))]
    if roll < 0.65:
        return [(0, f"df = pd.read_csv('{noun}s.csv', encoding='{rng.choice(('utf-8', 'gbk', 'utf-8-sig'))}')"),
                (0, f"df = df[df['{field}'] > {rng.randint(0, 100)}]"), (0, f"df.to_excel('{noun}_result.xlsx', index=False)")]
    if roll < 0.8:
        return [(0, f"{noun}s = [x for x in {rng.choice(('data', 'items', 'rows'))} if x.{field}]"),
                (0, f"print(f\"{noun_cn}数量：{{len({noun}s)}}\")")]
    return [(0, f"with open('{noun}.txt', '{rng.choice(('r', 'w', 'a'))}', encoding='utf-8') as f:"),
            (1, rng.choice(("content = f.read()", "f.write(line + '\\n')", "lines = f.readlines()")))]


def js_block(rng: random.Random) -> Lines:
    """A JavaScript / TypeScript / Vue snippet."""
    noun, noun_cn = _noun(rng)
    verb, verb_cn = rng.choice(VERBS)
    func = _camel(verb, noun, rng.choice(("", "List", "Info", "ById", "Data")))
    roll = rng.random()
    out: Lines = []
    if roll < 0.3:
        out.append((0, f"import {{ {', '.join(rng.sample(('ref', 'reactive', 'onMounted', 'computed', 'watch', 'nextTick'), 2))} }} from 'vue'"))
        out.append((0, f"import {{ {func} }} from '@/api/{noun}'"))
        out.append((0, ""))
        out.append((0, f"const {noun}List = ref([])"))
        out.append((0, "const loading = ref(false)"))
        out.append((0, f"const {verb}{_pascal(noun)} = async () => {{"))
        out.append((1, "loading.value = true"))
        out.append((1, "try {"))
        out.append((2, f"const res = await {func}({{ page: {rng.randint(1, 3)}, size: {rng.choice((10, 20, 50))} }})"))
        out.append((2, f"{noun}List.value = res.data.{rng.choice(('records', 'list', 'rows'))}"))
        out.append((1, "} catch (err) {"))
        out.append((2, rng.choice(("console.error(err)", f"ElMessage.error('{verb_cn}失败')", "console.log(err)"))))
        out.append((1, "} finally {"))
        out.append((2, "loading.value = false"))
        out.append((1, "}"))
        out.append((0, "}"))
        out.append((0, f"onMounted(() => {{ {verb}{_pascal(noun)}() }})" if rng.random() < 0.5 else "onMounted(() => {"))
        if out[-1][1].endswith("{"):
            out.append((1, f"{verb}{_pascal(noun)}()"))
            out.append((0, "})"))
    elif roll < 0.55:
        out.append((0, f"export function {func}({rng.choice(('params', 'id', 'data'))}) {{"))
        out.append((1, "return request({"))
        out.append((2, f"url: '/api/{noun}/{rng.choice(('list', 'page', 'detail', 'save'))}',"))
        out.append((2, f"method: '{rng.choice(('get', 'post', 'put'))}',"))
        out.append((2, rng.choice(("params", "data", "params: query"))))
        out.append((1, "})"))
        out.append((0, "}"))
    elif roll < 0.8:
        out.append((0, f"app.{rng.choice(('get', 'post'))}('/api/{noun}s', async (req, res) => {{"))
        if rng.random() < 0.5:
            out.append((1, f"// {chinese_comment(rng, noun_cn, verb_cn)}"))
        out.append((1, f"const {{ {rng.choice(FIELDS)}, {rng.choice(FIELDS)} }} = req.{rng.choice(('query', 'body', 'params'))}"))
        out.append((1, f"const {noun}s = await {_pascal(noun)}.find({{}}).limit({rng.choice((10, 20, 100))})"))
        out.append((1, f"res.json({{ code: 200, data: {noun}s }})"))
        out.append((0, "});"))
        if rng.random() < 0.5:
            out.append((0, ""))
            out.append((0, f"app.listen({rng.choice((3000, 8080, 5000, 8000))}, () => {{"))
            out.append((1, "console.log('server is running')"))
            out.append((0, "})"))
    else:
        out.append((0, f"function {func}(arr) {{"))
        out.append((1, "const map = new Map()"))
        out.append((1, "for (let i = 0; i < arr.length; i++) {"))
        out.append((2, f"if (!map.has(arr[i].{rng.choice(FIELDS)})) {{"))
        out.append((3, f"map.set(arr[i].{rng.choice(FIELDS)}, arr[i])"))
        out.append((2, "}"))
        out.append((1, "}"))
        out.append((1, "return [...map.values()]"))
        out.append((0, "}"))
        out.append((0, f"console.log({func}(list)) // {rng.choice(('[1, 2, 3]', 'true', noun_cn + '去重后的结果'))}"))
    return out


def java_block(rng: random.Random) -> Lines:
    """A Java / Spring snippet with annotations and closing braces."""
    noun, noun_cn = _noun(rng)
    verb, verb_cn = rng.choice(VERBS)
    cls = _pascal(noun)
    out: Lines = []
    if rng.random() < 0.5:
        out.append((0, rng.choice(("@RestController", "@Service", "@Component", "@Slf4j"))))
        if rng.random() < 0.6:
            out.append((0, f'@RequestMapping("/{noun}")'))
        out.append((0, f"public class {cls}{rng.choice(('Controller', 'ServiceImpl', 'Handler'))} {{"))
        out.append((0, ""))
        out.append((1, "@Autowired"))
        out.append((1, f"private {cls}Service {noun}Service;"))
        out.append((0, ""))
        if rng.random() < 0.5:
            out.append((1, "/**"))
            out.append((1, f" * {verb_cn}{noun_cn}"))
            out.append((1, " */"))
        out.append((1, f'@{rng.choice(("Get", "Post"))}Mapping("/{rng.choice(("list", "page", "{id}", "save"))}")'))
        out.append((1, f"public Result<{rng.choice(('List<' + cls + '>', cls, 'Boolean', 'PageInfo<' + cls + '>'))}> {_camel(verb, cls)}({rng.choice(('@PathVariable Long id', '@RequestBody ' + cls + 'DTO dto', 'Integer pageNum, Integer pageSize', ''))}) {{"))
        out.append((2, f"// {chinese_comment(rng, noun_cn, verb_cn)}" if rng.random() < 0.5 else f"log.info(\"{verb_cn}{noun_cn}: {{}}\", id);"))
        out.append((2, f"return Result.success({noun}Service.{_camel(verb, cls)}({rng.choice(('id', 'dto', 'pageNum, pageSize', ''))}));"))
        out.append((1, "}"))
        out.append((0, "}"))
    else:
        out.append((0, "public static void main(String[] args) {" if rng.random() < 0.4 else f"private List<{cls}> {_camel(verb, cls, 'List')}(List<{cls}> list) {{"))
        out.append((1, f"List<{cls}> result = new ArrayList<>();"))
        out.append((1, f"for ({cls} {noun} : list) {{" if rng.random() < 0.5 else "for (int i = 0; i < list.size(); i++) {"))
        out.append((2, f"if ({noun} == null || {noun}.get{_pascal(rng.choice(FIELDS))}() == null) {{"))
        out.append((3, "continue;"))
        out.append((2, "}"))
        out.append((2, f"result.add({noun});"))
        out.append((1, "}"))
        out.append((1, rng.choice(("list.stream().filter(Objects::nonNull).collect(Collectors.toList());",
                                   'System.out.println("size: " + result.size());', "return result;"))))
        out.append((0, "}"))
    return out


def go_block(rng: random.Random) -> Lines:
    """A Go snippet (gin handler, error checks, goroutines)."""
    noun, noun_cn = _noun(rng)
    verb, verb_cn = rng.choice(VERBS)
    out: Lines = [(0, "package main"), (0, ""), (0, "import ("), (1, '"fmt"')]
    out.extend((1, f'"{m}"') for m in rng.sample(("net/http", "sync", "time", "github.com/gin-gonic/gin", "gorm.io/gorm", "encoding/json", "os"), 2))
    out.append((0, ")"))
    out.append((0, ""))
    if rng.random() < 0.5:
        out.append((0, f"func {_pascal(verb, noun)}(c *gin.Context) {{"))
        out.append((1, f"var {noun}s []{_pascal(noun)}"))
        out.append((1, f"if err := db.Where(\"{rng.choice(FIELDS)} = ?\", c.Query(\"{rng.choice(FIELDS)}\")).Find(&{noun}s).Error; err != nil {{"))
        out.append((2, 'c.JSON(http.StatusInternalServerError, gin.H{"msg": err.Error()})'))
        out.append((2, "return"))
        out.append((1, "}"))
        out.append((1, f'c.JSON(http.StatusOK, gin.H{{"data": {noun}s}})'))
        out.append((0, "}"))
    else:
        out.append((0, "func main() {"))
        out.append((1, "var wg sync.WaitGroup"))
        out.append((1, f"for i := 0; i < {rng.choice((3, 5, 10, 100))}; i++ {{"))
        out.append((2, "wg.Add(1)"))
        out.append((2, "go func(n int) {"))
        out.append((3, "defer wg.Done()"))
        out.append((3, f'fmt.Println("{noun}", n)' if rng.random() < 0.5 else f"// {chinese_comment(rng, noun_cn, verb_cn)}"))
        out.append((2, "}(i)"))
        out.append((1, "}"))
        out.append((1, "wg.Wait()"))
        out.append((0, "}"))
    return out


def shell_lines(rng: random.Random, n: int | None = None) -> Lines:
    """Shell commands, with or without prompts and comments."""
    noun, noun_cn = _noun(rng)
    prompt = rng.choice(("", "", "", "$ ", "# ", "[root@localhost ~]# ", f"{vocab.pinyin_word(rng)}@ubuntu:~$ ", "PS D:\\project> ",
                         "C:\\Users\\Administrator>", "> "))
    image, port = rng.choice(IMAGES), rng.choice((80, 3306, 6379, 8080, 9000, 5432, 27017, 9200, 5672, 8848))
    pool = (
        f"pip install {' '.join(rng.sample(PACKAGES_PY, rng.randint(1, 3)))}" + rng.choice(("", " -i https://pypi.tuna.tsinghua.edu.cn/simple")),
        f"npm install {' '.join(rng.sample(PACKAGES_JS, rng.randint(1, 3)))} {rng.choice(('--save', '-D', '', '--save-dev'))}".rstrip(),
        f"{rng.choice(('yarn add', 'pnpm add', 'npm i'))} {rng.choice(PACKAGES_JS)}",
        f"docker pull {image}:{rng.choice(TAGS)}",
        f"docker run -d --name {image.split('/')[-1]} -p {port}:{port} {rng.choice(('-v /data/' + noun + ':/data ', '', '--restart=always '))}{image}:{rng.choice(TAGS)}",
        "docker ps -a", f"docker logs -f --tail {rng.choice((100, 200, 500))} {image.split('/')[-1]}", f"docker exec -it {image.split('/')[-1]} /bin/bash",
        f"docker-compose up -d{rng.choice(('', ' --build'))}", f"git clone https://github.com/{vocab.pinyin_word(rng)}/{noun}-{rng.choice(('admin', 'demo', 'server', 'web'))}.git",
        f"cd {rng.choice(DIRS)}/{noun}-{rng.choice(('admin', 'demo', 'server', 'web'))}", "git add .", f'git commit -m "{rng.choice(("fix", "feat", "update"))}: {noun_cn}{rng.choice(("功能", "bug", "接口"))}"',
        f"git push origin {rng.choice(('master', 'main', 'dev'))}", f"git checkout -b feature/{noun}", f"sudo systemctl {rng.choice(('restart', 'status', 'enable', 'start'))} {rng.choice(SERVICES)}",
        f"kubectl get pods -n {rng.choice(('default', 'kube-system', noun))}", f"kubectl apply -f {noun}-deployment.yaml", "kubectl describe pod " + f"{noun}-{vocab.pinyin_word(rng)}-{rng.randint(1000, 9999)}",
        "mvn clean package -DskipTests", "go mod tidy", "go run main.go", f"chmod +x {noun}.sh", f"./{noun}.sh {rng.choice(('start', 'stop', 'restart'))}",
        f"tail -f /var/log/{rng.choice(SERVICES)}/{rng.choice(('error', 'access', noun))}.log", f"export {noun.upper()}_HOME={rng.choice(DIRS)}/{noun}",
        f"curl -X {rng.choice(('GET', 'POST'))} http://localhost:{rng.choice((8080, 3000, 8000))}/api/{noun}s" + rng.choice(("", " -H 'Content-Type: application/json'")),
        f"ps -ef | grep {rng.choice(SERVICES)}", f"netstat -tunlp | grep {port}", f"kill -9 {rng.randint(1000, 65000)}", "free -h", "df -h",
        f"nohup java -jar {noun}-{rng.choice(('0.0.1', '1.0.0', '2.3.1'))}-SNAPSHOT.jar > {noun}.log 2>&1 &", f"python {noun}.py" + rng.choice(("", " --epochs 10", " --config config.yaml")),
        "npm run dev", "npm run build", f"conda create -n {noun} python=3.{rng.randint(7, 12)}", f"conda activate {noun}", "source ~/.bashrc",
        f"mysql -u root -p -h 127.0.0.1 -P {rng.choice((3306, 3307))}", "redis-cli -h 127.0.0.1 -p 6379", "sudo apt-get update", f"sudo yum install -y {rng.choice(('git', 'wget', 'vim', 'gcc', 'epel-release'))}",
        f"wget https://{rng.choice(('mirrors.aliyun.com', 'downloads.' + vocab.pinyin_word(rng) + '.org'))}/{noun}/{noun}-{rng.randint(1, 9)}.{rng.randint(0, 20)}.tar.gz",
        f"tar -zxvf {noun}-{rng.randint(1, 9)}.{rng.randint(0, 20)}.tar.gz", f"ssh root@192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "nvidia-smi", "java -version", "node -v",
    )
    out: Lines = []
    for cmd in rng.sample(pool, n or rng.randint(1, 5)):
        if rng.random() < 0.15:
            out.append((0, f"# {rng.choice(('安装', '启动', '查看', '进入', '停止', '构建'))}{noun_cn}{rng.choice(('', '服务', '容器', '依赖', '日志'))}"))
        out.append((0, prompt + cmd))
    return out


def sql_block(rng: random.Random) -> Lines:
    """SQL: CREATE TABLE with Chinese column comments, queries, updates."""
    noun, noun_cn = _noun(rng)
    table = rng.choice(("t_", "sys_", "tb_", "", "biz_")) + noun
    fields = rng.sample(FIELDS[1:], rng.randint(2, 5))
    roll = rng.random()
    if roll < 0.4:
        out: Lines = [(0, f"CREATE TABLE `{table}` (")]
        out.append((1, "`id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',"))
        for f in fields:
            kind = rng.choice(("varchar(64)", "varchar(255)", "int(11)", "datetime", "decimal(10,2)", "tinyint(1)"))
            out.append((1, f"`{_snake(f)}` {kind} DEFAULT NULL COMMENT '{noun_cn}{rng.choice(('名称', '状态', '类型', '时间', '备注', '编号', '金额'))}',"))
        out.append((1, "PRIMARY KEY (`id`)"))
        out.append((0, f") ENGINE=InnoDB DEFAULT CHARSET={rng.choice(('utf8mb4', 'utf8'))} COMMENT='{noun_cn}表';"))
        return out
    if roll < 0.75:
        out = [(0, f"SELECT {', '.join(_snake(f) for f in fields)}" if rng.random() < 0.6 else "SELECT *"), (0, f"FROM {table}")]
        if rng.random() < 0.5:
            out.append((0, f"LEFT JOIN {rng.choice(('t_', 'sys_', ''))}{_noun(rng)[0]} b ON a.{rng.choice(FIELDS)} = b.id"))
        out.append((0, f"WHERE {_snake(rng.choice(fields))} = {rng.choice(('1', '?', repr('0'), '#{id}'))}" + rng.choice(("", " AND deleted = 0", f" AND create_time >= '2023-0{rng.randint(1, 9)}-01'"))))
        if rng.random() < 0.5:
            out.append((0, f"ORDER BY {rng.choice(('create_time', 'id', 'sort'))} {rng.choice(('DESC', 'ASC'))}"))
        out.append((0, f"LIMIT {rng.choice((10, 20, 100))};" if rng.random() < 0.5 else ";"))
        if out[-1][1] == ";":
            out[-2] = (0, out[-2][1] + ";")
            out.pop()
        return out
    return [(0, f"UPDATE {table} SET {_snake(rng.choice(fields))} = {rng.randint(0, 9)} WHERE id = {rng.randint(1, 999)};"),
            (0, f"ALTER TABLE {table} ADD INDEX idx_{_snake(rng.choice(fields))} ({_snake(rng.choice(fields))});"),
            (0, f"INSERT INTO {table} ({', '.join(_snake(f) for f in fields[:2])}) VALUES ('{noun_cn}{rng.randint(1, 9)}', {rng.randint(0, 99)});")][: rng.randint(1, 3)]


def config_block(rng: random.Random) -> Lines:
    """YAML, JSON, properties, nginx or Dockerfile configuration."""
    noun, noun_cn = _noun(rng)
    port = rng.choice((8080, 8081, 9000, 3000, 8848, 80))
    roll = rng.random()
    if roll < 0.3:
        out: Lines = [(0, "server:"), (1, f"port: {port}"), (0, "spring:"), (1, "datasource:"),
                      (2, f"url: jdbc:mysql://localhost:3306/{noun}_db?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai"),
                      (2, "username: root"), (2, f"password: {rng.choice(('123456', 'root', '******'))}")]
        if rng.random() < 0.5:
            out += [(1, "redis:"), (2, "host: 127.0.0.1"), (2, "port: 6379"), (2, f"database: {rng.randint(0, 15)}")]
        if rng.random() < 0.4:
            out += [(0, "logging:"), (1, "level:"), (2, f"com.example.{noun}: debug" + rng.choice(("", f"  # {noun_cn}模块打印SQL")))]
        return out
    if roll < 0.5:
        svc = rng.choice(IMAGES).split("/")[-1]
        return [(0, "version: '3'"), (0, "services:"), (1, f"{svc}:"), (2, f"image: {rng.choice(IMAGES)}:{rng.choice(TAGS)}"),
                (2, f"container_name: {svc}"), (2, "ports:"), (3, f'- "{port}:{port}"'), (2, "volumes:"), (3, f"- ./data/{svc}:/data"),
                (2, "restart: always")][: rng.randint(6, 10)]
    if roll < 0.7:
        keys = rng.sample(FIELDS, rng.randint(2, 5))
        out = [(0, "{"), (1, '"code": 200,'), (1, f'"msg": "{rng.choice(("success", "操作成功", "ok"))}",'), (1, '"data": {')]
        for i, k in enumerate(keys):
            value = rng.choice((str(rng.randint(0, 999)), f'"{noun_cn}{rng.randint(1, 9)}"', "null", "true", f'"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"'))
            out.append((2, f'"{k}": {value}' + ("," if i < len(keys) - 1 else "")))
        out.append((1, "}"))
        out.append((0, "}"))
        return out
    if roll < 0.85:
        return [(0, "server {"), (1, f"listen {rng.choice((80, 443, 8000))};"), (1, f"server_name {vocab.domain(rng).removeprefix('www.')};"),
                (1, "location / {"), (2, f"root {rng.choice(DIRS)}/{noun}/dist;"), (2, "try_files $uri $uri/ /index.html;"), (1, "}"),
                (1, "location /api/ {"), (2, f"proxy_pass http://127.0.0.1:{port}/;"), (2, "proxy_set_header Host $host;"), (1, "}"), (0, "}")]
    return [(0, f"FROM {rng.choice(('python:3.11-slim', 'node:18-alpine', 'openjdk:8-jdk-alpine', 'golang:1.21', 'nginx:alpine'))}"),
            (0, "WORKDIR /app"), (0, "COPY . ."), (0, rng.choice(("RUN pip install -r requirements.txt", "RUN npm install && npm run build", "RUN go build -o app .", f"ADD target/{noun}.jar app.jar"))),
            (0, f"EXPOSE {port}"), (0, rng.choice(('CMD ["python", "app.py"]', 'ENTRYPOINT ["java", "-jar", "/app.jar"]', 'CMD ["./app"]', 'CMD ["npm", "start"]')))]


def traceback_block(rng: random.Random, language: str | None = None) -> Lines:
    """An error as a console prints it: Python traceback, Java exception, JS error or Go panic."""
    noun = _noun(rng)[0]
    user = vocab.pinyin_word(rng)
    roll = {"python": 0.0, "java": 0.5, "javascript": 0.8, "go": 0.9}.get(language or "", rng.random())
    if roll < 0.4:
        out: Lines = [(0, "Traceback (most recent call last):")]
        for _ in range(rng.randint(1, 3)):
            path = rng.choice((f"/home/{user}/{noun}/{rng.choice(('main', 'app', 'utils', 'spider', 'train'))}.py",
                               f"D:\\code\\{noun}\\{rng.choice(('main', 'app', 'run'))}.py",
                               f"/usr/lib/python3.{rng.randint(6, 12)}/site-packages/{rng.choice(PACKAGES_PY)}/__init__.py"))
            out.append((1, f'File "{path}", line {rng.randint(3, 400)}, in {rng.choice(("<module>", "main", noun, "__init__", "forward", "parse"))}'))
            out.append((2, rng.choice(("data = json.loads(text)", f"return self.{noun}s[0]", f"import {noun}", f"result = {noun}['{rng.choice(FIELDS)}']", "x = model(x)"))))
        exc, msg = rng.choice(EXCEPTIONS_PY)
        out.append((0, f"{exc}: {msg.format(f=rng.choice(FIELDS), m=rng.choice(PACKAGES_PY), n=rng.randint(2, 999), p=rng.choice((8080, 5000)))}"))
        return out
    if roll < 0.7:
        exc = rng.choice(EXCEPTIONS_JAVA).format(F=rng.choice(FIELDS), f=rng.choice(FIELDS), c=noun, n=rng.randint(1, 20))
        out = [(0, rng.choice((f'Exception in thread "main" {exc}', exc, f"ERROR 1 --- [nio-8080-exec-{rng.randint(1, 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] : {exc}")))]
        pkg = f"com.{vocab.pinyin_word(rng)}.{noun}"
        for _ in range(rng.randint(2, 5)):
            cls = _pascal(noun, rng.choice(("Service", "Controller", "Mapper", "Util", "Handler")))
            out.append((1, f"at {pkg}.{cls}.{_camel(rng.choice(VERBS)[0], noun)}({cls}.java:{rng.randint(10, 300)})"))
        if rng.random() < 0.4:
            out.append((0, f"Caused by: {rng.choice(EXCEPTIONS_JAVA).format(F='Id', f='id', c=noun, n=3)}"))
            out.append((1, f"... {rng.randint(5, 60)} more"))
        return out
    if roll < 0.85:
        return [(0, rng.choice((f"Uncaught TypeError: Cannot read properties of undefined (reading '{rng.choice(FIELDS)}')",
                                f"Uncaught (in promise) Error: Request failed with status code {rng.choice((401, 404, 500, 502))}",
                                f"ReferenceError: {noun} is not defined", "SyntaxError: Unexpected token '<'"))),
                (1, f"at {_camel(rng.choice(VERBS)[0], noun)} ({noun}.js:{rng.randint(1, 300)}:{rng.randint(1, 60)})"),
                (1, f"at HTMLButtonElement.<anonymous> (index.js:{rng.randint(1, 90)}:{rng.randint(1, 40)})")][: rng.randint(1, 3)]
    return [(0, "panic: runtime error: invalid memory address or nil pointer dereference"),
            (0, f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{rng.randint(0x100000, 0xffffff):x}]"), (0, ""),
            (0, "goroutine 1 [running]:"), (0, f"main.{_pascal(rng.choice(VERBS)[0], noun)}(...)"),
            (1, f"/home/{user}/go/src/{noun}/main.go:{rng.randint(10, 200)} +0x{rng.randint(16, 4095):x}"), (0, "exit status 2")]


def output_block(rng: random.Random) -> Lines:
    """Program output: logs, installer messages, printed values, test summaries, a MySQL result grid."""
    noun, noun_cn = _noun(rng)
    roll = rng.random()
    if roll < 0.3:
        out: Lines = []
        for _ in range(rng.randint(2, 6)):
            msg = rng.choice(LOG_MESSAGES).format(C=_pascal(noun), c=noun, d=round(rng.uniform(1, 9), 3), d2=round(rng.uniform(9, 15), 3),
                                                  p=rng.choice((8080, 3000, 8000)), n=rng.randint(1, 900))
            t = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            out.append((0, rng.choice((f"{t}.{rng.randint(100, 999)}  INFO {rng.randint(1000, 99999)} --- [           main] c.e.{noun[:1]}.{_pascal(noun)}Application : {msg}",
                                       f"[{t}] [{rng.choice(('INFO', 'WARN', 'ERROR', 'DEBUG'))}] {msg}", f"{t} {rng.choice(('INFO', 'WARNING'))}: {msg}", f"INFO:     {msg}"))))
        return out
    if roll < 0.5:
        pkg = rng.choice(PACKAGES_PY)
        return [(0, rng.choice((f"Successfully installed {pkg}-{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                                f"added {rng.randint(10, 1500)} packages, and audited {rng.randint(100, 2000)} packages in {rng.randint(2, 90)}s",
                                f"Status: Downloaded newer image for {rng.choice(IMAGES)}:{rng.choice(TAGS)}", "BUILD SUCCESS",
                                f"[INFO] Total time:  {rng.randint(5, 90)}.{rng.randint(100, 999)} s", f"=========== {rng.randint(1, 40)} passed in {rng.uniform(0.1, 9):.2f}s ===========",
                                f"Requirement already satisfied: {pkg} in ./venv/lib/python3.{rng.randint(8, 12)}/site-packages",
                                f"found {rng.randint(0, 9)} vulnerabilities", f"  ➜  Local:   http://localhost:{rng.choice((5173, 3000, 8080))}/",
                                f"Epoch {rng.randint(1, 50)}/{rng.randint(50, 100)} - loss: {rng.uniform(0.01, 2):.4f} - acc: {rng.uniform(0.5, 0.99):.4f}")))
                for _ in range(rng.randint(1, 3))]
    if roll < 0.75:
        return [(0, rng.choice((str(rng.randint(0, 99999)), f"[{', '.join(str(rng.randint(0, 99)) for _ in range(rng.randint(2, 6)))}]",
                                f"{{'{rng.choice(FIELDS)}': {rng.randint(1, 99)}, 'name': '{noun_cn}{rng.randint(1, 9)}'}}", "True", "False", "None",
                                f"{noun_cn}数量：{rng.randint(1, 500)}", f"耗时：{rng.uniform(0.01, 9):.3f}s", f"{rng.uniform(0, 1):.4f}", "hello world", "Hello, World!",
                                f"<{_pascal(noun)} object at 0x{rng.randint(0x7f0000000000, 0x7fffffffffff):x}>", f"共{rng.randint(1, 99)}条数据")))
                for _ in range(rng.randint(1, 5))]
    cols = ["id"] + rng.sample(FIELDS[1:], rng.randint(1, 3))
    width = [max(len(c), 6) for c in cols]
    bar = "+" + "+".join("-" * (w + 2) for w in width) + "+"
    out = [(0, bar), (0, "| " + " | ".join(c.ljust(w) for c, w in zip(cols, width)) + " |"), (0, bar)]
    for i in range(rng.randint(1, 4)):
        cells = [str(i + 1)] + [rng.choice((str(rng.randint(0, 99)), noun_cn[:2], "NULL", vocab.person_name(rng))) for _ in cols[1:]]
        out.append((0, "| " + " | ".join(c.ljust(w) for c, w in zip(cells, width)) + " |"))
    out.append((0, bar))
    out.append((0, f"{len(out) - 4} rows in set ({rng.uniform(0, 0.5):.2f} sec)"))
    return out


LANGUAGES: dict[str, tuple] = {
    "python": (python_block, shell_lines, lambda rng: traceback_block(rng, "python"), output_block, config_block),
    "javascript": (js_block, shell_lines, config_block, lambda rng: traceback_block(rng, "javascript"), output_block),
    "java": (java_block, sql_block, config_block, lambda rng: traceback_block(rng, "java"), output_block),
    "go": (go_block, shell_lines, config_block, lambda rng: traceback_block(rng, "go"), output_block),
    "ops": (shell_lines, config_block, output_block, shell_lines, traceback_block),
    "sql": (sql_block, output_block, sql_block, shell_lines, config_block),
}
LANGUAGE_LABELS: dict[str, tuple[str, ...]] = {
    "python": ("python", "Python", "python3", "py"), "javascript": ("javascript", "JavaScript", "js", "typescript", "vue"),
    "java": ("java", "Java"), "go": ("go", "Go", "golang"), "ops": ("bash", "shell", "Shell", "sh", "yaml", "nginx"),
    "sql": ("sql", "SQL", "mysql"),
}

#: Indentation styles: (unit, how many levels survive). HTML-to-text keeps, flattens or collapses them.
INDENT_STYLES: tuple[tuple[str, str], ...] = (
    ("    ", "keep"), ("    ", "keep"), ("  ", "keep"), ("\t", "keep"), ("  ", "keep"), ("", "flat"), (" ", "collapsed"),
    ("\xa0\xa0\xa0\xa0", "keep"),
)


def render(rng: random.Random, lines: Lines, base: str = "") -> list[str]:
    """Lay out (depth, text) pairs with one indentation style; blank code lines come out empty."""
    unit, mode = rng.choice(INDENT_STYLES)
    out = []
    for depth, text in lines:
        if not text:
            out.append("")
            continue
        if mode == "flat":
            pad = ""
        elif mode == "collapsed":
            pad = " " if depth else ""
        else:
            pad = unit * depth
        out.append(base + pad + text)
    return out


def block(rng: random.Random, language: str, kind: int | None = None) -> list[str]:
    """One code block of ``language`` (a key of :data:`LANGUAGES`), rendered as page lines."""
    makers = LANGUAGES[language]
    maker = makers[kind % len(makers)] if kind is not None else makers[0] if rng.random() < 0.55 else rng.choice(makers)
    return render(rng, maker(rng))
