"""Programming and tech articles (cnblogs / CSDN / juejin / 51cto / learnku / ruby-china style).

The article is prose mixed with code: an intro, headings ("一、环境准备", "## 2. 配置", "▍总结",
"前言#"), numbered steps, "运行结果如下：" lines, code blocks (``code.py``), parameter tables and
a closing paragraph. All of that is `body`, code lines included. The chrome of such sites is
`navigation`: top menus, the meta line (date, 阅读数, 收藏, 点赞), 原创/转载 badges, 分类专栏 and
tag rows, "本文链接：", a 目录 sidebar that repeats the article's headings, "复制代码" buttons and
language labels on code blocks, author cards (关注 / 粉丝 / 获赞), related-article lists with
teaser sentences, and comments. CC and reprint notices are `copyright`.

Prose is built from templates over tool, task, concept and error vocabularies (several thousand
combinations per slot set), so the model learns what tech prose looks like rather than a sentence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from ..labels import BODY, COPYRIGHT, NAVIGATION
from . import code, vocab
from . import navigation as nav
from .blocks import Ctx, footer

TOOLS: dict[str, tuple[str, ...]] = {
    "python": ("Python", "Django", "Flask", "FastAPI", "pandas", "NumPy", "Scrapy", "PyTorch", "TensorFlow", "Celery",
               "SQLAlchemy", "pytest", "asyncio", "BeautifulSoup", "Matplotlib", "openpyxl", "Selenium", "jieba",
               "scikit-learn", "Pillow", "conda", "Jupyter Notebook", "OpenCV", "Transformers", "PyQt5", "PyInstaller",
               "requests", "Python 3.11"),
    "javascript": ("Vue", "Vue3", "React", "Node.js", "Express", "webpack", "Vite", "axios", "TypeScript", "Element Plus",
                   "Ant Design", "Next.js", "Nuxt", "ECharts", "jQuery", "Koa", "pnpm", "uni-app", "微信小程序", "Electron",
                   "Pinia", "Vue Router", "Tailwind CSS", "three.js", "React Hooks"),
    "java": ("Java", "Spring Boot", "MyBatis", "MyBatis-Plus", "Maven", "Redis", "Kafka", "RabbitMQ", "Nacos", "Dubbo",
             "Spring Cloud", "JVM", "Tomcat", "Netty", "Elasticsearch", "Spring Security", "Shiro", "EasyExcel", "Lombok",
             "Sentinel", "Seata", "IDEA", "JDK 17", "Spring Cloud Gateway"),
    "go": ("Go", "Gin", "GORM", "gRPC", "Go Modules", "goroutine", "channel", "Echo", "etcd", "cobra", "viper", "zap",
           "go-zero", "Kratos", "Go 1.21"),
    "ops": ("Docker", "Kubernetes", "Nginx", "Linux", "CentOS 7", "Ubuntu 22.04", "Git", "Jenkins", "Prometheus",
            "Grafana", "Ansible", "systemd", "crontab", "Shell", "Harbor", "Helm", "GitLab CI", "WSL2", "VMware", "frp",
            "docker-compose", "K8s"),
    "sql": ("MySQL", "MySQL 8.0", "PostgreSQL", "Oracle", "SQL Server", "Redis", "MongoDB", "ClickHouse", "Hive",
            "SQLite", "达梦数据库", "Navicat", "Flink SQL"),
}
TASKS: tuple[str, ...] = (
    "分页查询", "文件上传", "跨域问题", "登录鉴权", "定时任务", "数据导出Excel", "接口限流", "缓存穿透", "读写分离", "日志收集",
    "单元测试", "异步任务", "热更新", "内存泄漏排查", "性能优化", "权限控制", "消息队列", "分布式锁", "全文检索", "图片压缩",
    "断点续传", "数据库迁移", "接口文档", "配置中心", "服务注册与发现", "灰度发布", "负载均衡", "连接池配置", "防抖节流",
    "路由守卫", "状态管理", "虚拟列表", "图片懒加载", "网页爬虫", "数据清洗", "模型训练", "多线程下载", "环境变量配置",
    "打包部署", "验证码登录", "微信支付", "短信发送", "大文件分片上传", "树形结构", "数据可视化", "实时聊天", "邮件发送",
    "单点登录", "动态表单", "接口幂等", "慢查询优化", "主从同步", "HTTPS证书配置", "反向代理", "内网穿透", "自动化部署",
    "PDF导出", "二维码生成", "文本分类", "目标检测", "词频统计", "批量插入", "统一异常处理", "参数校验",
)
CONCEPTS: tuple[str, ...] = (
    "闭包", "事件循环", "原型链", "装饰器", "生成器", "协程", "反射", "泛型", "注解", "依赖注入", "AOP", "事务传播", "索引失效",
    "回表", "MVCC", "垃圾回收", "双亲委派", "线程池", "锁升级", "深拷贝与浅拷贝", "虚拟DOM", "响应式原理", "生命周期", "插槽",
    "路由懒加载", "中间件", "上下文管理器", "GIL", "切片扩容", "接口", "defer", "指针", "零拷贝", "一致性哈希", "布隆过滤器",
    "雪花算法", "CAP理论", "分库分表", "主从复制", "持久化", "哨兵模式", "volatile", "synchronized", "Promise", "async/await",
    "this指向", "作用域", "防抖", "节流", "跨域", "同源策略", "HashMap", "ConcurrentHashMap", "B+树", "红黑树", "动态规划",
)
ERRORS: tuple[str, ...] = (
    "ModuleNotFoundError", "404", "502 Bad Gateway", "CORS跨域", "Permission denied", "Connection refused", "端口被占用",
    "中文乱码", "OOM", "NullPointerException", "Access denied for user 'root'@'localhost'", "npm ERR! code ERESOLVE",
    "SSL证书验证失败", "找不到或无法加载主类", "UnicodeDecodeError", "内存溢出", "死锁", "请求超时", "ImportError",
    "Cannot read properties of undefined", "页面白屏", "循环依赖", "Too many connections", "CUDA out of memory",
    "command not found", "No space left on device", "Address already in use", "401 Unauthorized", "版本冲突",
)
FILES: tuple[str, ...] = (
    "application.yml", "config.py", "settings.py", "package.json", "vite.config.js", "nginx.conf", "pom.xml", "go.mod",
    ".env", "docker-compose.yml", "requirements.txt", "main.go", "App.vue", "tsconfig.json", "my.cnf", "/etc/profile",
    ".bashrc", "Dockerfile", "webpack.config.js", "vue.config.js", "application.properties", "main.py", "index.js",
    "settings.json", "build.gradle", "/etc/hosts",
)
PARAMS: tuple[str, ...] = (
    "timeout", "max_connections", "pageSize", "batch_size", "learning_rate", "worker_processes", "maxPoolSize",
    "keepalive_timeout", "retries", "encoding", "proxy", "baseURL", "spring.profiles.active", "num_workers",
    "lazy", "immediate", "deep", "max_length", "charset", "autoReconnect", "readTimeout", "minIdle", "epochs",
    "client_max_body_size", "expire", "prefix", "debug", "host", "port",
)
EFFECTS: tuple[str, ...] = (
    "请求会一直卡住", "数据会重复插入", "页面不会刷新", "内存占用越来越高", "接口直接返回500", "日志里全是乱码", "启动会报错",
    "性能会明显下降", "连接很快被耗尽", "缓存永远不会失效", "前端拿不到数据", "定时任务会执行两次", "配置不会生效",
)
FEELINGS: tuple[str, ...] = (
    "踩了不少坑", "折腾了一下午", "查了很多资料", "差点崩溃", "终于搞定了", "记录一下方便以后查阅", "分享给有需要的同学",
    "被这个问题困扰了好几天", "网上的教程大多过时了", "官方文档写得不太清楚",
)

INTRO: tuple[str, ...] = (
    "最近在做{project}的时候需要用到{tool}实现{task}，{feeling}，这里整理一下。",
    "在实际开发中，{task}是一个很常见的需求，本文介绍如何基于{tool}来实现。",
    "本文主要介绍{tool}中{concept}的原理和使用方法，希望对大家有所帮助。",
    "前段时间线上出现了{error}的问题，排查之后发现和{concept}有关，{feeling}。",
    "很多同学在学习{tool}的时候，对{concept}理解得不够深入，今天我们就来聊一聊。",
    "{tool}是目前非常流行的{category}，相比{tool2}，它在{aspect}方面有明显的优势。",
    "这篇文章记录一下在{os}上安装和配置{tool} {version}的完整过程。",
    "项目里原来用的是{tool2}，最近迁移到了{tool}，{feeling}",
    "面试的时候经常会被问到{concept}，这里结合{tool}的源码简单分析一下。",
    "之前写过一篇关于{task}的文章，有读者留言问{tool}下怎么做，今天补上。",
    "如果你也遇到了{error}，不妨看看这篇文章，也许能帮你节省一些时间。",
    "摘要：本文介绍了{tool}实现{task}的{n}种方式，并对比了它们的优缺点。",
)
EXPLAIN: tuple[str, ...] = (
    "首先需要确保本地已经安装了{tool} {version}及以上版本，可以通过下面的命令查看当前版本。",
    "这里需要注意的是，{param}的默认值是{value}，如果不修改的话{effect}。",
    "出现{error}一般是因为{cause}，解决方法也很简单，{fix}即可。",
    "{concept}的核心思想其实很简单：{idea}。",
    "上面的代码中，我们先{step1}，然后{step2}，最后{step3}。",
    "可以看到，{tool}会自动帮我们{step1}，不需要手动处理。",
    "接下来在{file}中添加相关配置，注意缩进不要写错。",
    "如果是{os}系统，命令稍有不同，需要把{path}换成自己的安装路径。",
    "执行完成后，打开浏览器访问 http://localhost:{port} ，能看到页面说明启动成功了。",
    "需要特别说明的是，这种写法在{tool2}中是不支持的，会直接报{error}。",
    "{tool}官方推荐使用{tool2}来{task_short}，本文也采用这种方式。",
    "实际测试下来，{task_short}的耗时从原来的{n}秒降到了{m}毫秒左右，效果还是很明显的。",
    "当然，这只是最简单的实现，生产环境中还需要考虑{aspect}等问题。",
    "这一步很多人会忽略，导致后面{effect}。",
    "简单来说，{concept}就是{idea}，理解了这一点，后面的内容就好懂了。",
    "{tool}中的{concept}和{tool2}里的用法有些区别，下面通过一个例子来说明。",
    "我们把{param}改成{value}之后重新启动，问题就解决了。",
    "注意：{param}参数在{version}之后已经废弃，新版本请使用{param2}。",
    "为了方便演示，这里直接使用{tool}自带的示例数据。",
    "这样一来，即使{cause}，程序也不会{effect2}。",
    "原因在于{cause}，所以{effect}。",
    "默认情况下{tool}的{param}是关闭的，需要手动开启",
    "具体的参数含义可以参考官方文档，这里只列出常用的几个",
    "代码比较简单，关键的地方都加了注释",
    "别着急，我们先捋一下逻辑",
    "这，，，是不是有点眼熟？",
    "哈哈，是不是很简单",
    "然后就报错了。。。",
)
CLOSING: tuple[str, ...] = (
    "到这里，{task_short}的功能就基本完成了。",
    "如果觉得本文对你有帮助，欢迎点赞收藏，有问题可以在评论区留言。",
    "完整代码已经上传到 GitHub，需要的同学可以自取。",
    "以上就是{tool}实现{task}的全部内容，{feeling}。",
    "总结一下：{concept}本质上是{idea}，在使用{tool}的时候要多加注意。",
    "后续有时间再写一篇介绍{concept}的文章。",
)
CAUSES: tuple[str, ...] = (
    "依赖的版本不兼容", "环境变量没有配置", "端口已经被其他程序占用", "配置文件的路径写错了", "没有权限访问该目录",
    "数据库连接数达到了上限", "字符集不一致", "缓存没有及时清理", "防火墙没有开放对应端口", "多个线程同时修改了同一个变量",
    "接口返回的数据格式和预期不一致", "代理设置有问题", "Node 版本过低", "JDK 版本不对", "少装了一个依赖包",
)
FIXES: tuple[str, ...] = (
    "升级到最新版本", "重新安装依赖", "修改配置文件后重启服务", "加上 --force 参数", "清除缓存后重新编译", "在启动参数里指定编码",
    "把端口改成其他值", "给目录加上执行权限", "在防火墙中放行端口", "加一把锁", "配置一下镜像源", "把对应的依赖排除掉",
)
IDEAS: tuple[str, ...] = (
    "用空间换时间", "把变化的部分和不变的部分分开", "先把数据缓存起来，需要时再取", "让调用方不用关心具体实现",
    "在函数执行前后做一些额外的事情", "把一个大任务拆成很多小任务并发执行", "保证同一时刻只有一个线程能访问资源",
    "延迟到真正需要的时候再去计算", "通过版本号来判断数据是否被修改过", "用一个队列来削峰填谷",
)
ASPECTS: tuple[str, ...] = ("性能", "并发安全", "异常处理", "易用性", "扩展性", "内存占用", "可维护性", "安全性", "兼容性", "高可用")
CATEGORIES: tuple[str, ...] = ("前端框架", "Web框架", "构建工具", "数据库", "消息中间件", "容器编排工具", "深度学习框架", "ORM框架", "开发工具")
PROJECTS: tuple[str, ...] = ("公司的后台管理系统", "一个小程序项目", "毕业设计", "个人博客", "一个数据分析项目", "电商项目", "内部工具", "爬虫项目")
OSES: tuple[str, ...] = ("Windows", "Mac", "CentOS", "Ubuntu", "Windows 11", "macOS")

HEADINGS: tuple[str, ...] = (
    "前言", "背景", "环境准备", "安装依赖", "配置环境", "问题描述", "原因分析", "解决方案", "代码实现", "完整代码", "测试验证",
    "运行结果", "总结", "参考资料", "写在最后", "项目结构", "核心代码", "源码分析", "常见问题", "注意事项", "效果展示", "性能对比",
    "部署上线", "实现思路", "实现步骤", "{task}", "{tool}配置", "安装{tool}", "使用{tool}{task_short}", "{concept}是什么",
    "为什么需要{concept}", "{concept}的原理", "基本用法", "进阶用法", "快速开始", "简介", "准备工作", "踩坑记录", "最终方案",
    "方案一：{fix}", "方案二：{fix}", "扩展：{concept}", "附录", "一些思考",
)
STEPS: tuple[str, ...] = (
    "安装{tool}", "配置环境变量", "修改{file}", "启动服务", "创建数据库", "编写{noun}接口", "测试接口", "打包部署", "下载安装包",
    "初始化项目", "引入依赖", "编写配置类", "重启{tool}", "验证是否成功", "新建{noun}实体类", "编写{noun}的增删改查", "添加路由",
    "创建{file}", "设置开机自启", "查看日志",
)
RESULT_INTROS: tuple[str, ...] = (
    "运行结果如下：", "输出结果：", "执行结果如下", "控制台输出：", "效果如下：", "打印结果：", "返回结果如下：", "报错信息如下：",
    "完整报错：", "执行以下命令：", "代码如下：", "核心代码如下：", "配置如下：", "在{file}中添加如下配置：", "示例代码：", "具体实现：",
    "安装命令：", "测试代码：", "修改后的代码：", "启动日志：", "运行后输出", "命令如下", "关键代码",
)


@dataclass(frozen=True)
class Topic:
    """What one tech article is about: its language family, main and second tool, task and concept."""

    language: str
    tool: str
    tool2: str
    task: str
    concept: str
    version: str


def topic(rng: random.Random) -> Topic:
    """Draw a coherent topic for one article."""
    language = rng.choice(tuple(code.LANGUAGES))
    tools = TOOLS[language]
    tool, tool2 = rng.sample(tools, 2)
    version = rng.choice((f"{rng.randint(1, 9)}.{rng.randint(0, 20)}", f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                          f"{rng.randint(1, 3)}.x", str(rng.randint(2, 21))))
    return Topic(language, tool, tool2, rng.choice(TASKS), rng.choice(CONCEPTS), version)


def fill(rng: random.Random, template: str, t: Topic) -> str:
    """Fill a prose template's slots for topic ``t``."""
    noun = rng.choice(code.NOUNS)[1]
    return template.format(
        tool=t.tool, tool2=t.tool2, task=t.task, task_short=t.task, concept=t.concept, version=t.version,
        n=rng.randint(2, 9), m=rng.randint(10, 900), file=rng.choice(FILES), param=rng.choice(PARAMS),
        param2=rng.choice(PARAMS), value=rng.choice(("true", "false", "0", "null", str(rng.randint(1, 100)), "'utf-8'", "3000")),
        effect=rng.choice(EFFECTS), effect2=rng.choice(EFFECTS).removeprefix("会"), error=rng.choice(ERRORS),
        cause=rng.choice(CAUSES), fix=rng.choice(FIXES), idea=rng.choice(IDEAS), aspect=rng.choice(ASPECTS),
        category=rng.choice(CATEGORIES), project=rng.choice(PROJECTS), os=rng.choice(OSES), feeling=rng.choice(FEELINGS),
        port=rng.choice((8080, 3000, 5173, 8000, 9000)), path=rng.choice(code.DIRS), noun=noun,
        step1=rng.choice(("读取配置", "建立连接", "校验参数", "初始化" + noun, "获取数据")),
        step2=rng.choice(("遍历结果", "处理异常", "写入缓存", "调用接口", "转换格式")),
        step3=rng.choice(("返回结果", "关闭连接", "打印日志", "释放资源", "提交事务")),
    )


def title(rng: random.Random, t: Topic) -> str:
    """An article title ("SpringBoot实现文件上传踩坑记录", "一文搞懂Vue3中的响应式原理")."""
    forms = (
        "{tool}实现{task}的{n}种方法", "{tool}{task}详解", "一文搞懂{tool}中的{concept}", "【{tool}】{task}踩坑记录",
        "{tool} {version} 安装与配置教程（超详细）", "解决{tool}报错：{error}", "{tool}学习笔记（{n}）：{concept}",
        "手把手教你用{tool}实现{task}", "{tool}和{tool2}的区别", "从零搭建{tool}+{tool2}项目", "{tool}入门到实战：{task}",
        "记一次{tool}{error}排查过程", "{tool}常用命令整理", "面试官：说说{tool}的{concept}？", "{tool}中{concept}的底层原理",
        "{tool}整合{tool2}实现{task}", "{concept}，看这一篇就够了", "{tool} 使用 {tool2} 做{task}", "{os}下{tool}环境搭建",
        "浅谈{concept}", "{tool}如何优雅地实现{task}", "[{tool}] {task}", "{tool}+{tool2}：{task}实战",
    )
    return fill(rng, rng.choice(forms), t)


def heading(rng: random.Random, t: Topic, number: int, style: int) -> str:
    """A section heading in one of the numbering styles (with or without markdown marks)."""
    text = fill(rng, rng.choice(HEADINGS), t)
    forms = (
        f"{vocab.cn_number(number)}、{text}", f"{number}. {text}", f"{number}、{text}", f"## {text}", f"### {number}.{rng.randint(1, 4)} {text}",
        f"▍{text}", f"{text}#", f"【{text}】", f"{text}", f"## {vocab.cn_number(number)}、{text}", f"0{number} {text}", f"# {text}",
        f"{number} {text}",
    )
    return forms[style % len(forms)]


def step_line(rng: random.Random, t: Topic, number: int, style: int) -> str:
    """A numbered step ("1. 安装依赖", "第二步：修改配置")."""
    text = fill(rng, rng.choice(STEPS), t)
    forms = (f"{number}. {text}", f"{number}、{text}", f"第{vocab.cn_number(number)}步：{text}", f"Step {number}：{text}",
             f"（{number}）{text}", f"{number}）{text}", f"步骤{number}：{text}")
    return forms[style % len(forms)]


def prose(rng: random.Random, t: Topic, pool: tuple[str, ...] = EXPLAIN) -> str:
    """One prose paragraph of the article (one or two filled templates)."""
    text = fill(rng, rng.choice(pool), t)
    if pool is EXPLAIN and rng.random() < 0.3:
        text += fill(rng, rng.choice(EXPLAIN), t)
    return text


def param_table(rng: random.Random, t: Topic) -> list[str]:
    """A parameter table: header row and rows, joined by tabs, by pipes, or one cell per line."""
    header = rng.choice((("参数", "说明", "默认值"), ("参数名", "类型", "是否必填", "说明"), ("属性", "说明", "类型", "默认值"),
                         ("命令", "作用"), ("配置项", "含义")))
    rows = [list(header)]
    for param in rng.sample(PARAMS, rng.randint(2, 6)):
        noun = rng.choice(code.NOUNS)[1]
        desc = rng.choice(("超时时间，单位秒", f"是否开启{rng.choice(CONCEPTS)}", f"{noun}的最大数量", f"{noun}前缀", "编码格式",
                           "是否打印调试信息", f"{noun}地址", "重试次数", "每页条数", "连接池大小"))
        cells = {"参数": param, "参数名": param, "属性": param, "配置项": param, "命令": f"{rng.choice(('-', '--'))}{param}",
                 "说明": desc, "含义": desc, "作用": desc, "默认值": rng.choice(("true", "false", "0", "10", "null", "-", "30", "utf-8")),
                 "类型": rng.choice(("String", "int", "boolean", "Number", "Object", "Array")), "是否必填": rng.choice(("是", "否"))}
        rows.append([cells[h] for h in header])
    layout = rng.random()
    if layout < 0.4:
        glue = rng.choice(("\t", "\t\t", "  ", " "))
        return [glue.join(r) for r in rows]
    if layout < 0.65:
        return ["| " + " | ".join(r) + " |" for r in rows[:1]] + (["| " + " | ".join("---" for _ in header) + " |"] if rng.random() < 0.5 else []) + [
            "| " + " | ".join(r) + " |" for r in rows[1:]]
    return [cell for r in rows for cell in r]


# --- the article --------------------------------------------------------------------------------


@dataclass
class Segment:
    """A run of article lines: prose/headings (``text``), a code block (``code``) or a heading."""

    kind: str
    lines: list[str]


def article(rng: random.Random, t: Topic, size: int) -> tuple[str, list[Segment]]:
    """Title and body segments of one tech article with about ``size`` sections."""
    head = title(rng, t)
    segments: list[Segment] = []
    no_punct = rng.random() < 0.25
    heading_style = rng.randrange(13)
    step_style = rng.randrange(7)

    def para(pool: tuple[str, ...] = EXPLAIN) -> str:
        text = prose(rng, t, pool)
        return text.rstrip("。") if no_punct and rng.random() < 0.5 else text

    intro = [para(INTRO)] + [para() for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.15:
        intro.insert(0, head)  # the summary box repeats the title
    segments.append(Segment("text", intro))
    for number in range(1, size + 1):
        segments.append(Segment("heading", [heading(rng, t, number, heading_style)]))
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            if roll < 0.3:
                segments.append(Segment("text", [para() for _ in range(rng.randint(1, 3))]))
            elif roll < 0.42:
                steps = []
                for k in range(1, rng.randint(2, 5) + 1):
                    steps.append(step_line(rng, t, k, step_style))
                    if rng.random() < 0.4:
                        steps.append(para())
                segments.append(Segment("text", steps))
            elif roll < 0.5:
                segments.append(Segment("text", [fill(rng, rng.choice(RESULT_INTROS), t)] + param_table(rng, t)))
            else:
                lead = fill(rng, rng.choice(RESULT_INTROS), t) if rng.random() < 0.6 else para()
                segments.append(Segment("text", [lead]))
                segments.append(Segment("code", code.block(rng, t.language)))
                if rng.random() < 0.35:
                    segments.append(Segment("text", [fill(rng, rng.choice(("运行结果如下：", "输出：", "结果：", "执行后输出：", "控制台打印：")), t)]))
                    segments.append(Segment("code", code.render(rng, code.output_block(rng))))
    segments.append(Segment("text", [para(CLOSING) for _ in range(rng.randint(1, 2))]))
    return head, segments


# --- chrome -------------------------------------------------------------------------------------

SITE_HEADS: tuple[str, ...] = ("码", "极客", "开源", "程序员", "开发者", "云", "技术", "编程", "代码", "全栈", "前端", "后端", "算法", "运维")
SITE_TAILS: tuple[str, ...] = ("社区", "笔记", "博客", "学院", "之家", "部落", "园", "中文网", "论坛", "问答", "日报", "头条", "客栈")
MENU: tuple[str, ...] = (
    "首页", "博客", "专栏", "课程", "问答", "社区", "下载", "活动", "招聘", "APP", "插件", "沸点", "直播", "商城", "会员", "资讯",
    "话题", "Wiki", "文档", "开源", "题库", "学习", "创作中心", "写文章", "发布", "消息", "历史", "登录", "注册", "搜索",
    "会员中心", "草稿箱", "AI助手", "排行榜", "标签", "酷站", "Gems", "招聘求职", "社区文档", "精品课",
)
CODE_CHROME: tuple[str, ...] = (
    "复制代码", "登录后复制", "复制", "AI写代码", "运行", "代码语言：", "展开", "收起", "查看全部", "copy", "Copy", "全屏",
)
TECH_COMMENTS: tuple[str, ...] = (
    "感谢分享，解决了我的问题", "博主，{tool}{version}也适用吗？", "请问{error}怎么解决", "按照步骤操作成功了，谢谢",
    "代码有点问题，第{n}行少了括号", "mark", "写得很清楚，收藏了", "大佬牛逼", "学到了", "我这边还是报{error}，求助",
    "为什么我照着做不行啊", "讲得很透彻，关注了", "有完整的源码吗", "用{tool2}是不是更简单", "楼主的方法有效，亲测",
    "这个方案在高并发下会有问题吧", "已三连", "感谢博主，找了好久", "请问{param}设置多少合适？", "支持一下",
)


def tech_site_name(rng: random.Random) -> str:
    """A tech community / blog host name ("极客社区", "码客栈")."""
    return rng.choice(SITE_HEADS) + rng.choice(SITE_TAILS)


def meta_lines(rng: random.Random, author: str, when: vocab.Stamp, t: Topic) -> list[str]:
    """The meta area under a tech title: badge, author/date/counters, 分类专栏 and tag rows."""
    date = vocab.fmt_date(rng, when)
    views = rng.choice((str(rng.randint(10, 99999)), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}k", f"{rng.randint(1, 9)}w+"))
    options = [
        f"{author} {date} {views} 阅读{rng.randint(2, 20)}分钟",
        f"已于 {date} 修改 · {views} 阅读 · {rng.randint(0, 999)} 点赞 · {rng.randint(0, 999)} 收藏",
        f"于 {date} 首次发布",
        f"{date} 发布 · 阅读 {views}",
        f"{author} · {rng.randint(1, 11)} 月前 · 最后由 {vocab.user_handle(rng)} 回复于 {rng.randint(1, 29)} 天前 · {views} 次阅读",
        f"发布于 {date} 浏览：{views}",
        f"{author}\xa0\xa0{date}\xa0\xa0阅读({views})\xa0\xa0评论({rng.randint(0, 99)})",
        f"{author} / {rng.randint(0, 999)} / {rng.randint(0, 99)} / 创建于 {rng.randint(1, 11)}个月前",
        f"文章标签： {' '.join(rng.sample((t.tool, t.tool2, t.concept, t.task, t.language), 3))}",
        f"分类专栏： {t.tool} {rng.choice(('学习笔记', '实战', '踩坑', '进阶', '基础'))} 文章标签： {t.tool.lower()} {t.concept}",
        f"版权 {rng.choice(('原创', '转载'))}",
    ]
    out = [rng.choice(("原创", "置顶", "转载", "翻译", "原创 精选", "推荐"))] if rng.random() < 0.4 else []
    if rng.random() < 0.3:
        out.append(author)
    out += rng.sample(options, rng.randint(1, 3))
    if rng.random() < 0.3:
        out += nav.as_lines(rng, [str(rng.randint(0, 300)), str(rng.randint(0, 300)), str(rng.randint(0, 99))], joined=0.3)
    return out


def cc_notice(rng: random.Random, author: str, site_name: str, url: str) -> list[str]:
    """CC / reprint notices of tech blogs (copyright); "本文链接：" alone is navigation and handled apart."""
    return [rng.choice((
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
        f"版权声明：本文为{author}原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接及本声明。",
        "本作品采用《CC 协议》，转载必须注明作者和本文链接",
        f"本文采用 CC BY-NC-SA {rng.choice(('3.0', '4.0'))} 许可协议，转载请注明出处",
        f"版权声明：本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明来自 {site_name}！",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
        f"本文为{site_name}原创，未经授权禁止转载",
        f"转载请注明出处：{url}",
        f"©著作权归作者所有：来自{site_name}作者{author}的原创作品，如需转载，请注明出处，否则将追究法律责任",
        "本文由作者原创，转载请保留原文链接",
        "版权声明：本文内容由互联网用户自发贡献，本站不拥有所有权，不承担相关法律责任。",
    ))]


def author_card(rng: random.Random, author: str) -> list[str]:
    """The author box (关注 / 粉丝 / 获赞 counters), one item per line or joined."""
    items = rng.sample([
        f"{rng.randint(1, 999)} 文章", f"{rng.randint(1, 999)}k 阅读", f"{rng.randint(0, 9999)} 粉丝", "关注", "私信", f"码龄{rng.randint(1, 15)}年",
        f"原创 {rng.randint(1, 500)}", f"周排名 {rng.randint(1, 9999)}", f"总排名 {rng.randint(1, 99999)}", f"访问 {rng.randint(1000, 999999)}",
        f"等级 {rng.randint(1, 9)}", f"积分 {rng.randint(0, 9999)}", f"获赞 {rng.randint(0, 9999)}", f"评论 {rng.randint(0, 999)}",
        f"关注 {rng.randint(0, 99)} 粉丝 {rng.randint(0, 9999)} 获赞 {rng.randint(0, 9999)}", f"粉丝 - {rng.randint(0, 99)} 关注 - {rng.randint(0, 9)}",
        "+加关注", "关注TA", f"{rng.randint(0, 999)} 声望", rng.choice(("后端开发工程师", "前端 @公众号-前端小栈", "全栈工程师", "热爱开源", "未填写")),
    ], rng.randint(2, 7))
    if rng.random() < 0.4:
        pairs = []
        for label in rng.sample(("文章", "粉丝", "喜欢", "收藏", "阅读", "获赞"), 3):
            pairs += [label, str(rng.randint(0, 9999))] if rng.random() < 0.5 else [str(rng.randint(0, 9999)), label]
        items = pairs
    return [author, *nav.as_lines(rng, items, joined=0.3)]


def toc(rng: random.Random, headings: list[str]) -> list[str]:
    """A 目录 widget repeating the article's headings (navigation, real-data README)."""
    head = [rng.choice(("目录", "文章目录", "目录 收起", "文章目录\t\t", "Contents", "本文目录"))]
    if rng.random() < 0.3:
        head.append(rng.choice(("收起", "展开", "隐藏")))
    pad, sub = rng.choice((("  ", "    "), ("", "  "), ("    ", "      "), ("", "")))
    out = head + [(sub if h.startswith(("###", "1.", "2.", "（")) else pad) + h.lstrip("#▍ ").rstrip("#") for h in headings]
    if rng.random() < 0.3:
        out = head + [pad + h.lstrip("#▍ ").rstrip("#") for h in headings]
    return out


def tech_page(ctx: Ctx) -> None:
    """A programming article page with its site chrome."""
    rng, w = ctx.rng, ctx.w
    site_name = tech_site_name(rng) if rng.random() < 0.7 else ctx.site.name
    ctx.site = site = replace(ctx.site, name=site_name, short=site_name)
    t = topic(rng)
    head, segments = article(rng, t, rng.randint(2, 7))
    ctx.headline = head
    author = vocab.user_handle(rng)
    url = f"https://{site.domain.removeprefix('www.')}/{rng.choice(('article/details', 'p', 'post', 'articles', 'topics', author))}/{rng.randint(10000, 999999999)}"
    headings = [s.lines[0] for s in segments if s.kind == "heading"]

    if rng.random() < 0.25:
        w.add([f"{head}{rng.choice(('_', ' - ', '-', ' | '))}{site_name}" + rng.choice(("", "", f"-{t.tool}")) if rng.random() < 0.8 else head],
              NAVIGATION if rng.random() < 0.8 else BODY)
    w.add(nav.as_lines(rng, rng.sample(MENU, rng.randint(4, 14)), joined=0.4), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.as_lines(rng, rng.sample(sum(TOOLS.values(), ()), rng.randint(4, 14)), joined=0.7), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.login_form(rng)[:2], NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.breadcrumb(rng, site), NAVIGATION)
    w.add([head], BODY)
    w.add(meta_lines(rng, author, ctx.when, t), NAVIGATION)
    top_cc = rng.random() < 0.3
    if top_cc:
        w.add(cc_notice(rng, author, site_name, url), COPYRIGHT)
    if rng.random() < 0.35:
        w.add([f"本文链接：{url}"], NAVIGATION)
    toc_top = rng.random() < 0.3
    if toc_top and headings:
        w.add(toc(rng, headings), NAVIGATION)
    label_rate = rng.choice((0.0, 0.0, 0.4, 0.9))
    for seg in segments:
        if seg.kind == "code":
            if rng.random() < label_rate:
                chrome = [rng.choice(code.LANGUAGE_LABELS[t.language])]
                if rng.random() < 0.6:
                    chrome = [rng.choice(CODE_CHROME)] + (chrome if rng.random() < 0.5 else [])
                w.add(chrome, NAVIGATION)
            w.add(seg.lines, BODY)
            if rng.random() < label_rate * 0.3:
                w.add([rng.choice(CODE_CHROME)], NAVIGATION)
        else:
            w.add(ctx.pad(seg.lines) if seg.kind == "text" and rng.random() < 0.3 else seg.lines, BODY, para=True)
        if rng.random() < 0.02:
            w.add(nav.ad_block(rng), NAVIGATION)
    if not top_cc and rng.random() < 0.45:
        w.add(cc_notice(rng, author, site_name, url), COPYRIGHT)
    if rng.random() < 0.25:
        w.add(nav.service_boilerplate(rng, site), NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.keywords_line(rng, rng.sample((t.tool, t.tool2, t.concept, t.task), rng.randint(1, 4))), NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.as_lines(rng, rng.sample([f"点赞 {rng.randint(0, 999)}", f"收藏 {rng.randint(0, 999)}", f"评论 {rng.randint(0, 99)}", "分享",
                                            "举报", "好文要顶", "关注我", "收藏该文", "微信分享", "赞", "打赏", "一键三连"], rng.randint(2, 6)), joined=0.5),
              NAVIGATION)
    if rng.random() < 0.55:
        w.add(author_card(rng, author), NAVIGATION)
    if rng.random() < 0.3:
        w.add([f"posted @ {vocab.fmt_date(rng, ctx.when, with_time=True)}\xa0 {author}\xa0 阅读({rng.randint(10, 9999)})\xa0 评论({rng.randint(0, 99)})\xa0 编辑\xa0 收藏\xa0 举报"],
              NAVIGATION)
    if rng.random() < 0.4:
        others = [title(rng, topic(rng)) for _ in range(2)]
        w.add(nav.pagination(rng, *others), NAVIGATION)
    if rng.random() < 0.6:
        n = rng.randint(3, 10)
        topics = [topic(rng) for _ in range(n)]
        w.add(nav.teaser_list(rng, [title(rng, x) for x in topics], [prose(rng, x, INTRO) for x in topics], ctx.when,
                              tags=sum(TOOLS.values(), ())), NAVIGATION)
    if rng.random() < 0.45:
        w.add(nav.comment_box(rng, site), NAVIGATION)
        for floor in range(1, rng.randint(1, 8) + 1):
            w.add(nav.comment(rng, [fill(rng, rng.choice(TECH_COMMENTS), t)], ctx.when, floor), NAVIGATION)
    if not toc_top and headings and rng.random() < 0.45:
        w.add(toc(rng, headings), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.title_list(rng, [title(rng, topic(rng)) for _ in range(rng.randint(3, 8))], ctx.when,
                             header=rng.choice(("阅读排行", "热门文章", "最新文章", "近期文章", "编辑推荐"))), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.as_lines(rng, [f"{c}({rng.randint(1, 99)})" for c in rng.sample(sum(TOOLS.values(), ()), rng.randint(3, 9))], joined=0.3),
              NAVIGATION)
    footer(ctx)
